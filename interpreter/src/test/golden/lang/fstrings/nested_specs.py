def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

width, prec, fill = 12, 3, '*'
x = 3.14159265
name = 'snake'
print(f'[{x:{width}.{prec}f}]')
print(f'[{x:{fill}^{width}.{prec}}]')
print(f'[{name:{fill}<{width}}]', f'[{name:>{width - 4}}]')
print(f'[{42:{"+" if x > 0 else "-"}08d}]')
print(f'{x:.{prec}e} {x:.{prec + 2}g} {x:{"."}{2}f}')
print(f'{12345678:,} {12345678:_} {0.25:.1%} {255:#x} {255:#010b} {-5:+} {5: }')
print(f'{"nested {braces}"} {{literal}} {{{name}}}')
print(f'{f"{f'{name}'}"}')
print(f'{"a" if True else "b"}{", ".join(["x", "y"])}')
print(f'{[i * 2 for i in range(3)]} {({"k": 1})["k"]} {(lambda: 7)()}')
items = {'a': 1}
print(f"{items['a']} {items["a"]}")
print(f'{name!r} {name!s} {name!a} {"é"!a} {name!r:>10} {3!r:<4}|')
print(f'{x=} {name = } {x = :.2f} {name=!s} {width*2=} {items["a"]=}')
print(f'{ x = }', f'{x=!r:>20}')
print(f'{"multi"
      "line"}')
print(f'''triple {name}
second line {x:.1f}''')
print(rf'raw \n {name}', fr'\t{width}')
print(f'{3:}|{"s":}|{None}|{None!r:>6}|')
print(f'{1_000_000.5:,.2f} {1e20:.3g} {float("inf"):>6} {-0.0:+.1f}')
print(f'{name:^9.3}|{name:.2}|{"":x<3}|')
print(f'{True:d} {True} {True!r:>6} {False:5}|')
print(f'{b"bytes"} {b"x"!r}')
t(lambda: f'{x:{"bad"}}')
t(lambda: f'{name:d}')
t(lambda: f'{42:s}')
t(lambda: f'{object():x}')
t(lambda: f'{3.5:d}')
t(lambda: f'{name:=^10}')
t(lambda: f'{42:,s}')
t(lambda: f'{42:.2d}')
t(lambda: f'{x:{width}{width}}')
t(lambda: f'{"x":<<<}')
t(lambda: f'{1:{None}}')
class F:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'F!'
print(f'{F()} {F():abc} {F():{width}x} {F()!r} {F()=} {F()=:q}')
dt = {'year': 2024}
print(f'{dt["year"]:>{width}}|{dt=}')
print(f'{"\\n".join(["a", "b"])!r}')
print(f'{'single' + "double"}')
print(f'{width:{fill}{">"}{width}}')
