class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
    def __format__(self, spec):
        return 'Both-format(' + spec + ')'
b = Both()
print(f'{b}', f'{b!s}', f'{b!r}', f'{b!a}', f'{b:x}', f'{b!s:>12}', f'{b!r:<12}|')
print(f'{b=}', f'{b = }', f'{b=!s}', f'{b=:spec}', f'{b=!r:>12}')
print(f'{"ünï"!a}', f'{"\u2603"!a}', f'{"tab\t"!r}', f'{"quote'"!r}', f"{'dq\"'!r}")
print(f'{1 + 1=}', f'{[1, 2][0]=}', f'{"x" * 3 = }', f'{ b . __class__ . __name__ = }')
a, c = 1, 2
print(f'{a=}{c=}', f'{a, c = }', f'{(a, c)=}')
print(f'{a!r:{"^"}5}|', f'{a:>{c}}|', f'{a:0{c}}|')
print(f'{a if a else c=}', f'{(lambda: 5)()=}')
print(format(b, ''), format(b), str.format('{0!r} {0!s} {0:q}', b))
print('{!a}'.format('é'), '{0!r:>8}'.format('x'))
try:
    print('{!z}'.format(1))
except ValueError as e:
    print('ValueError', e)
print(f'{{}}', f'{{{a}}}', f'}}{{', f'{{a}}')
print(f'{"%d" % 5}', f'{"{}".format(7)}')
s = 'text'
print(f'{s:>10}', f'{s:<10}|', f'{s:^10}|', f'{s:.>10}', f'{s:=<10}|')
n = -42
print(f'{n:=8}', f'{n:08}', f'{n:+08}', f'{-n:x}', f'{n:#o}', f'{n:e}', f'{n:,}')
print(f'{0.1 + 0.2}', f'{0.1 + 0.2:.17}', f'{1/3:.5}', f'{2.5:.0f}', f'{3.5:.0f}', f'{1e-7}', f'{1e16}', f'{123456789.0:g}')
print(f'{10**20}', f'{2**64:_x}', f'{-2**63:,}')
