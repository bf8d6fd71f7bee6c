type A[T, **P = int, U] = T
