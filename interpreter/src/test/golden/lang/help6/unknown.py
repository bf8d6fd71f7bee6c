# Requests that name nothing: pydoc's messages; a lower-case topic name is not a topic, an
# upper-case keyword is not a keyword; True/False/None are objects, not topics.
for r in ['xyz', 'strings', 'IF', 'no_such_module.attr', 'builtins.nothing', 'BACKQUOTES']:
    print("=====", repr(r))
    help(r)
help('None')
print("unknown done")
