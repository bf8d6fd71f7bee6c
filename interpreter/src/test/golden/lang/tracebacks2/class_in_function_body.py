def build(kind):
    class Impl:
        table = {'a': 1}
        value = table[kind]
    return Impl

print(build('a').value)
build('b')
