# Signed zeros: negating 0.0 gives -0.0, folded at compile time or computed at run time
z = -0.0
q = 0.0
print(z, -q, -(0.0), -q * 1)
print(-2j, -(0j), 0j * -1)
