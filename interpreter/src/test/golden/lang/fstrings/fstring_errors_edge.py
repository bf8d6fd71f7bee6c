def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: eval("f'{}'"))
t(lambda: eval("f'{!r}'"))
t(lambda: eval("f'{x!z}'", {'x': 1}))
t(lambda: eval("f'{'"))
t(lambda: eval("f'}'"))
t(lambda: eval("f'{1:{2:{3}}}'"))
t(lambda: eval("f'{undefined_name}'"))
t(lambda: eval("f'{1/0}'"))
print(eval("f'{3!r:>{4}}'"), eval("f'{\"a\"!s:^5}'") + '|')
x = 10
print(f'{x:#>{x}}', f'{x:{"<"}{x}}', f'{x!r:{"^"}{x - 5}}|')
print(f"{'a' 'b'}", f'{"""tri"""}', f'''{'q'}''')
print(f'{x:{""}}', f'{x:}', f'{x!s:}')
print(f'{(1, 2)}', f'{1, 2}', f'{x, x * 2 = }')
print(f'{ {"set"} }', f'{ {1: 2}[1] }', f'{ [1][0] }')
print(f'{x:=}', f'{x=:=^9}')
print(f'{"line1\nline2"}')
print(f'{x # a comment
}')
lst = ['a', 'b']
print(f'{lst[0]}{lst[-1]!r}{len(lst):03}')
print(f'{"{}".join("ab")}', f'{"}"}', f'{"{"}')
nested = f'{f"{f"{x}"}"}'
print(nested, type(nested).__name__)
class Fmt:
    def __format__(self, spec):
        if spec == 'boom':
            raise ValueError('spec boom')
        return spec.upper() or 'EMPTY'
print(f'{Fmt()}', f'{Fmt():abc}', f'{Fmt():{"x" * 3}}')
t(lambda: f'{Fmt():boom}')
print(format(Fmt(), 'q'), '{:z}'.format(Fmt()), '{0:{1}}'.format(Fmt(), 'nested'))
print(f'{3.0:g} {3.10:.2f} {1e300 * 1e10} {-1e300 * 1e10} {float("nan")} {0.0:e}')
print(f'{12:c} {65:c} {0x1F600:c}', f'{True:x}', f'{-0b101:b}', f'{255:X}', f'{255:#X}', f'{8:o}')
print(f'{1234.5678:_.2f}', f'{1234567:_}', f'{0.000012345:.3}', f'{123456789:.3e}')
