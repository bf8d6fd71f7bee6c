class Slotted(Exception):
    __slots__ = ('a',)
s = Slotted('m')
s.a = 1
print(s.a, s.args, hasattr(s, '__dict__'))
try:
    raise ValueError('with tb')
except ValueError as err:
    tb = err.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_lineno, tb.tb_frame.f_globals is globals())
