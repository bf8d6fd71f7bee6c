for x0 in y0:
    try:
        with w2:
            while c3:
                for x4 in y4:
                    try:
                        with w6:
                            while c7:
                                for x8 in y8:
                                    try:
                                        with w10:
                                            while c11:
                                                for x12 in y12:
                                                    try:
                                                        f()
                                                        if g(): break
                                                        if h(): continue
                                                    except E as e:
                                                        if e: break
                                                    finally:
                                                        z()
                                    except E as e:
                                        if e: break
                                    finally:
                                        z()
                    except E as e:
                        if e: break
                    finally:
                        z()
    except E as e:
        if e: break
    finally:
        z()
