# help() on keywords: pydoc's Helper.keywords table, the texts of pydoc_data.topics, the
# "Related help topics" lines (wrapped at 72 columns), and keywords that are aliases of others.
help('keywords')
for kw in ['if', 'elif', 'for', 'while', 'break', 'def', 'class', 'try', 'except', 'finally',
           'with', 'as', 'import', 'from', 'global', 'nonlocal', 'lambda', 'return', 'yield',
           'raise', 'pass', 'del', 'assert', 'async', 'await', 'is', 'in', 'not', 'and', 'or']:
    help(kw)
# leading and trailing blanks of a request are stripped
help('   continue   ')
print("keywords done")
