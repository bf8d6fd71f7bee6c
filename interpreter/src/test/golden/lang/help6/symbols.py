# help() on punctuation: pydoc's Helper.symbols table; the first topic a symbol names is shown,
# the others join its related topics; a symbol whose topic has no text says so.
help('symbols')
for s in ['+', '%', '**', '//=', '<>', '==', '~', ':=', '...', '@', '`', 'j', '"""', "b'",
          '[', '(', ',', '.', '_', '__', '\\']:
    print("=====", repr(s))
    help(s)
print("symbols done")
