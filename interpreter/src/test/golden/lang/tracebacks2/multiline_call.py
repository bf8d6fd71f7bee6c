def build(name, size, *, color):
    return f'{name}:{size}:{color}'

item = build(
    'box',
    size=3,
    colour='red',
)
