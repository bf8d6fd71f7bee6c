# Writes dumps.expected: for each snippet of dumps.txt (separated by a line "#----"), a line
# "===== repr(snippet)" and the dump of the symbol table CPython 3.13's symtable module builds
# for it, or the SyntaxError it raises ("ErrorType 'msg' lineno offset end_lineno end_offset").
# The dump, one line per scope then one per name (sorted), indented by nesting:
#   <type> <name> line <lineno>[ nested][ params=a,b]
#     <name> <FLAG|FLAG...> <SCOPE>
# Run from the repository root:
#   ../shared/oracle/py313 interpreter/src/test/resources/dev/snakebox/compiler/symtable/dump_regenerate.py
import os
import symtable
import _symtable

here = os.path.dirname(os.path.abspath(__file__))
TYPES = {0: "function", 1: "class", 2: "module", 3: "annotation", 4: "type-alias",
         5: "type-parameters", 6: "type-variable"}
FLAGS = [(1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"), (16, "USE"),
         (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"), (256, "DEF_ANNOT"),
         (512, "DEF_COMP_ITER"), (1024, "DEF_TYPE_PARAM"), (2048, "DEF_COMP_CELL")]
SCOPES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
assert _symtable.SCOPE_OFF == 12


def dump(t, out, indent=""):
    ste = t._table
    line = "%s%s %s line %d" % (indent, TYPES[ste.type], ste.name, ste.lineno)
    if ste.nested:
        line += " nested"
    if ste.varnames:
        line += " params=" + ",".join(ste.varnames)
    out.append(line)
    for name in sorted(ste.symbols):
        value = ste.symbols[name]
        flags = "|".join(n for bit, n in FLAGS if value & bit) or "0"
        out.append("%s  %s %s %s" % (indent, name, flags, SCOPES[(value >> 12) & 15]))
    for c in t.get_children():
        dump(c, out, indent + "  ")


with open(os.path.join(here, "dumps.txt"), encoding="utf-8") as f:
    snippets = f.read().split("\n#----\n")
lines = []
for src in snippets:
    lines.append("===== " + repr(src))
    try:
        dump(symtable.symtable(src, "<s>", "exec"), lines)
    except SyntaxError as e:
        lines.append("%s %r %s %s %s %s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
with open(os.path.join(here, "dumps.expected"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
