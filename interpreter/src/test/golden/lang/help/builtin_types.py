# help() of built-in types: the whole page, from the docstrings of the type and its methods

help(int)
help(dict)
help(complex)
help(property)
help(staticmethod)
help(classmethod)
help(super)
print(int.__doc__.splitlines()[0])
print(dict.__doc__)
print(int.bit_length.__doc__)
print(int.bit_length.__text_signature__)
