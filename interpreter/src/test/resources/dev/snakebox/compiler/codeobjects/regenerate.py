# Writes cases.expected: for each snippet of cases.txt (separated by a line "#----"), a line
# "===== repr(snippet)" and, for its module code object and every code object in its constants
# (depth first, in constant order), one line of the attributes dis does not print:
#   qualname name firstlineno argcount posonlyargcount kwonlyargcount nlocals stacksize flags
#   varnames=... cellvars=... freevars=...
# as CPython 3.13 compiles the snippet with compile(snippet, "<s>", "exec"). Run from the
# repository root:
#   ../shared/oracle/py313 interpreter/src/test/resources/dev/snakebox/compiler/codeobjects/regenerate.py
import os
import types

here = os.path.dirname(os.path.abspath(__file__))


def describe(co, out):
    out.append("%s %s %d %d %d %d %d %d %d varnames=%s cellvars=%s freevars=%s" % (
        co.co_qualname, co.co_name, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
        co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags,
        ",".join(co.co_varnames), ",".join(co.co_cellvars), ",".join(co.co_freevars)))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            describe(c, out)


with open(os.path.join(here, "cases.txt"), encoding="utf-8") as f:
    snippets = f.read().split("\n#----\n")
lines = []
for src in snippets:
    lines.append("===== " + repr(src))
    describe(compile(src, "<s>", "exec", dont_inherit=True), lines)
with open(os.path.join(here, "cases.expected"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
