match big:
    case [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39]:
        pass
    case {"k0": v0, "k1": v1, "k2": v2, "k3": v3, "k4": v4, "k5": v5, "k6": v6, "k7": v7, "k8": v8, "k9": v9, "k10": v10, "k11": v11, "k12": v12, "k13": v13, "k14": v14, "k15": v15, "k16": v16, "k17": v17, "k18": v18, "k19": v19, "k20": v20, "k21": v21, "k22": v22, "k23": v23, "k24": v24, "k25": v25, "k26": v26, "k27": v27, "k28": v28, "k29": v29, "k30": v30, "k31": v31, "k32": v32, "k33": v33, "k34": v34}:
        pass
    case [c0, c1, c2, *rest, b0, b1, b2]:
        pass
    case C(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39):
        pass
    case [*_, a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39]:
        pass
    case 0:
        n = 0
    case 1:
        n = 1
    case 2:
        n = 2
    case 3:
        n = 3
    case 4:
        n = 4
    case 5:
        n = 5
    case 6:
        n = 6
    case 7:
        n = 7
    case 8:
        n = 8
    case 9:
        n = 9
    case 10:
        n = 10
    case 11:
        n = 11
    case 12:
        n = 12
    case 13:
        n = 13
    case 14:
        n = 14
    case 15:
        n = 15
    case 16:
        n = 16
    case 17:
        n = 17
    case 18:
        n = 18
    case 19:
        n = 19
    case 20:
        n = 20
    case 21:
        n = 21
    case 22:
        n = 22
    case 23:
        n = 23
    case 24:
        n = 24
    case 25:
        n = 25
    case 26:
        n = 26
    case 27:
        n = 27
    case 28:
        n = 28
    case 29:
        n = 29
    case 30:
        n = 30
    case 31:
        n = 31
    case 32:
        n = 32
    case 33:
        n = 33
    case 34:
        n = 34
    case 35:
        n = 35
    case 36:
        n = 36
    case 37:
        n = 37
    case 38:
        n = 38
    case 39:
        n = 39
