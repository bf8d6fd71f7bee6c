class C:
    def f(self):
        [(y := 1) for x in z]
    [(y := 1) for x in z]
