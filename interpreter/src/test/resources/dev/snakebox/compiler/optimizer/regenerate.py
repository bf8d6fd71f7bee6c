# Writes NAME.opt for every NAME.py in this folder: one line per top-level statement, the
# ast.dump of the statement after CPython's AST optimiser (constant folding), as python3.13
# compiles it without -O. Run with the oracle from the repository root:
#   ../shared/oracle/py313 interpreter/src/test/resources/dev/snakebox/compiler/optimizer/regenerate.py
import ast, glob, os
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, '*.py'))):
    if os.path.basename(path) == 'regenerate.py':
        continue
    with open(path, encoding='utf-8') as f:
        source = f.read()
    tree = compile(source, os.path.basename(path), 'exec', flags=ast.PyCF_OPTIMIZED_AST, optimize=0)
    with open(path[:-3] + '.opt', 'w', encoding='utf-8') as f:
        for stmt in tree.body:
            f.write(ast.dump(stmt) + '\n')
