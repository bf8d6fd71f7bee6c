e = KeyError('k')
e.__notes__ = ('tuple', 'of notes')
raise e
