class MyBase(BaseException):
    pass
def h():
    raise MyBase
h()
