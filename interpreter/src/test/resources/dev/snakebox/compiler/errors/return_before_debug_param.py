return 1
def f(__debug__):
    pass
