# dis.get_instructions, dis.Bytecode and the Instruction objects they give.
import dis

def f(a, b=2):
    for i in range(a):
        if i % 2:
            b += i
    return f"{b!r}"

for ins in dis.get_instructions(f):
    print(ins)
    print(repr(ins))
print(list(dis.get_instructions("a.b(1)", first_line=7)))
bc = dis.Bytecode(f)
print(bc.first_line, bc.codeobj is f.__code__, bc.current_offset)
print(bc.dis())
print(dis.Bytecode(f, current_offset=8).dis())
print(dis.Bytecode(f, first_line=100).dis())
print(bc.info())
for ins in bc:
    print(ins.opname, ins.opcode, ins.arg, ins.oparg, repr(ins.argval), ins.argrepr, ins.offset, ins.start_offset,
          ins.starts_line, ins.line_number, ins.label, ins.is_jump_target, ins.jump_target, ins.end_offset,
          ins.cache_offset, ins.baseopname, ins.baseopcode)
    print('  ', ins.positions, ins.cache_info)
i = next(iter(dis.Bytecode("x")))
print(i._fields)
print(i._asdict()['opname'], i._replace(opname='X').opname, type(i).__name__, type(i).__module__)
print(i.positions.lineno, i.positions._fields, isinstance(i, tuple), len(i))
p = dis.Positions(1, 2)
print(p, dis.Positions(), p.end_col_offset)
print(type(dis.Bytecode("x")).__name__)
