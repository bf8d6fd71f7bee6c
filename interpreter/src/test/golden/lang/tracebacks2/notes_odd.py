e = ValueError('odd notes')
e.add_note('a normal note')
e.__notes__.append(42)
e.__notes__.append('multi\nline note')
raise e
