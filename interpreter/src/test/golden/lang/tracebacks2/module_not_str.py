class E(Exception):
    pass
E.__module__ = 'builtins'
try:
    raise E('builtin module')
except E:
    pass
class F(Exception):
    pass
F.__module__ = None
raise F('no module')
