# help() on topics: pydoc's Helper.topics table (labels, aliases such as MAPPINGS ->
# DICTIONARIES, related topics) and the texts of pydoc_data.topics.
help('topics')
for t in ['STRINGS', 'TYPES', 'OPERATORS', 'PRECEDENCE', 'MAPPINGS', 'FRAMEOBJECTS', 'TRACEBACKS',
          'NONE', 'ELLIPSIS', 'BOOLEAN', 'TRUTHVALUE', 'LOOPING', 'CONDITIONAL', 'ASSIGNMENT',
          'AUGMENTEDASSIGNMENT', 'ASSIGNMENTEXPRESSIONS', 'EXCEPTIONS', 'CONTEXTMANAGERS',
          'SPECIALMETHODS', 'FORMATTING', 'INTEGER', 'COMPLEX', 'PRIVATENAMES', 'DEBUGGING']:
    print("=====", t)
    help(t)
print("topics done")
