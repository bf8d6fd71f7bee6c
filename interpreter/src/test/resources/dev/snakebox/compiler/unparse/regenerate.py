# Writes cases.expected: for each annotation of cases.txt (one per line), the text python3.13
# stores for it under "from __future__ import annotations" (the limited unparser of
# Python/ast_unparse.c), as a Python repr on one line. Run from the repository root:
#   ../shared/oracle/py313 interpreter/src/test/resources/dev/snakebox/compiler/unparse/regenerate.py
import os

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cases.txt"), encoding="utf-8") as f:
    cases = f.read().splitlines()
lines = []
for case in cases:
    src = "from __future__ import annotations\ndef f(a: %s): pass\n" % case
    ns = {}
    exec(compile(src, "<s>", "exec", dont_inherit=True), ns)
    lines.append(repr(ns["f"].__annotations__["a"]))
with open(os.path.join(here, "cases.expected"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
