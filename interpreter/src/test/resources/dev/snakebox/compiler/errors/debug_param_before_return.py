def f(__debug__):
    pass
return 1
