# round() of floats: halves to even on the exact binary value, ndigits positive and negative.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for x in [2.675, 0.5, 1.5, 2.5, -0.5, -1.5, 1e300, 123.456, -123.456, 0.125, 0.375, 1e-300, 5e-324, 1.0000000000000002,
          0.285, 1.005, 2.5e-5, 1234567.891, 9.995, 1e16, 4.35, -0.0]:
    print(repr(x), [round(x, n) for n in [0, 1, 2, 3, -1, -2, 300, -310, 400, -400]], round(x))
show("round(inf)", lambda: round(float("inf")))
show("round(-inf)", lambda: round(float("-inf")))
show("round(nan)", lambda: round(float("nan")))
show("round(inf, 2)", lambda: round(float("inf"), 2))
show("round(nan, 0)", lambda: round(float("nan"), 0))
show("round(1.5, 2.0)", lambda: round(1.5, 2.0))
show("round(1e308, -308)", lambda: round(1e308, -308))
show("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))
show("round(-1.7976931348623157e308, -308)", lambda: round(-1.7976931348623157e308, -308))
show("round(5e307, -308)", lambda: round(5e307, -308))
show("round(1e20)", lambda: round(1e20))
show("round(2.5, None)", lambda: round(2.5, None))
show("round(2.5, ndigits=0)", lambda: round(2.5, ndigits=0))
show("round(2.675, 2**70)", lambda: round(2.675, 2 ** 70))
show("round(2.675, -2**70)", lambda: round(2.675, -(2 ** 70)))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 4.5000001, 1e15 + 0.5, 2 ** 52 + 0.5, 2.0 ** 60]:
    r = round(x)
    print(repr(x), r, type(r).__name__, x.__round__(), x.__round__(1))
