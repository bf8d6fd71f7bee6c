# The tables and helpers of dis: opname, opmap, the has* lists, stack_effect, code_info.
import dis

def f(a, *args, k=1, **kw):
    def g():
        return a
    return g

print(len(dis.opname), len(dis.opmap), dis.opname[:4], dis.opname[120], dis.opname[dis.opmap['LOAD_CONST']])
print(list(dis.opmap.items())[:6])
print(dis.hasconst, dis.hasjump, dis.hasjrel, dis.hasjabs, dis.haslocal, dis.hasfree, dis.hascompare, dis.hasexc)
print(dis.hasname)
print(dis.hasarg)
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.COMPILER_FLAG_NAMES)
print(dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['POP_JUMP_IF_TRUE'], 0, jump=True))
print(dis.stack_effect(dis.opmap['FOR_ITER'], 3), dis.stack_effect(dis.opmap['FOR_ITER'], 3, jump=False),
      dis.stack_effect(dis.opmap['BUILD_LIST'], 5), dis.stack_effect(dis.opmap['NOP']))
for args in [(1000,), (dis.opmap['LOAD_CONST'],), (dis.opmap['NOP'], 3)]:
    try:
        print(dis.stack_effect(*args))
    except ValueError as e:
        print('ValueError', e)
print(dis.pretty_flags(3), dis.pretty_flags(0x1000003), dis.pretty_flags(0))
print(dis.code_info(f))
print(dis.code_info(f.__code__.co_consts[1]))
dis.show_code(f)
print(dis.code_info("x = 1"))
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
try:
    dis.findlabels(f.__code__)
except TypeError as e:
    print('TypeError', e)
