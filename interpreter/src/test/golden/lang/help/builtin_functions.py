# help() and the docstrings of built-in functions

print(repr(help))
print(type(help).__name__)

for f in (len, print, abs, isinstance, sorted, repr, iter, next, divmod, round, input, hash, id, ord, chr):
    print(f.__name__, repr(f.__text_signature__))
    print(f.__doc__)
    print('--')

help(len)
help(abs)
help(print)
help(sorted)
help(isinstance)
help(divmod)
help(max)
help(getattr)

# by name: builtins are found without a module
help('len')
help('print')
help('str.upper')
help('no_such_name_at_all')

print(len.__module__, abs.__qualname__)
print(len.__doc__ == 'Return the number of items in a container.')

try:
    help(len, abs)
except TypeError as e:
    print(type(e).__name__, e)
try:
    help(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
help(request=chr)
