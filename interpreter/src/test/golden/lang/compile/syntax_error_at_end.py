# The location CPython gives an error at the end of a source without a final newline: the
# newline the tokenizer adds is one column wide.
for source in ['1 +', 'x = [1,', 'def f(']:
    try:
        compile(source, 'end.py', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
