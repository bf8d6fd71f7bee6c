with a0 as b0, a1 as b1, a2 as b2, a3 as b3, a4 as b4, a5 as b5, a6 as b6, a7 as b7, a8 as b8, a9 as b9, a10 as b10, a11 as b11, a12 as b12, a13 as b13, a14 as b14, a15 as b15, a16 as b16, a17 as b17, a18 as b18, a19 as b19:
    pass
