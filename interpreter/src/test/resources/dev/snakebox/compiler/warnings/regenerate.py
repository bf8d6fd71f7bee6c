# Writes NAME.warnings for every NAME.py in this folder: the warnings python3.13 emits compiling
# it, one per line as "lineno Category message". Run with the oracle from the repository root:
#   ../shared/oracle/py313 interpreter/src/test/resources/dev/snakebox/compiler/warnings/regenerate.py
import glob, os, warnings
here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, '*.py'))):
    if os.path.basename(path) == 'regenerate.py':
        continue
    with open(path, encoding='utf-8') as f:
        source = f.read()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        compile(source, os.path.basename(path), 'exec')
    with open(path[:-3] + '.warnings', 'w', encoding='utf-8') as f:
        for w in caught:
            f.write('%d %s %s\n' % (w.lineno, w.category.__name__, w.message))
