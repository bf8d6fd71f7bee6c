def f():
	x = [1, 2]
	return x[0] + x[9]

f()
