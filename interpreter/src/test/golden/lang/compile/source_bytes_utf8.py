# Source given as bytes is UTF-8: an invalid byte inside a string literal is a SyntaxError at
# that line, counted within the literal.
for source in [b'x = "\xff"', b'y = 1\nx = "ab\xc3"\n', b'\xef\xbb\xbfz = 3']:
    try:
        ns = {}
        exec(compile(source, 'b.py', 'exec'), ns)
        print(sorted(k for k in ns if k != '__builtins__'))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
