# Names are stored in NFKC form (PEP 3131): a ligature, a micro sign and a black-letter capital
# name the same variables as their plain spellings; attribute and keyword names too.
ﬁle = 1
print(file)
µ = 2
print(μ, "μ" == "µ")
ℌ = 3
print(H)

class Ｐoint:
    def __init__(self, ｘ):
        self.ｘ = ｘ

p = Point(ｘ=4)
print(p.x, getattr(p, "x"), Point.__name__, "ｘ" in vars(p))

def f(**kw):
    return sorted(kw)

print(f(ﬀ=1, ℯ=2))
print("ﬁx".isidentifier(), "1a".isidentifier(), "ℌ".isidentifier())
print(ｕｎｄｅｆｉｎｅｄ)
