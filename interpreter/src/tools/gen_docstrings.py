"""Writes DocData.java: the __doc__ and __text_signature__ texts of CPython 3.13's built-in
functions, types, their methods, slot wrappers and descriptors, and built-in modules' functions.

Run under the oracle (real CPython 3.13):
    /work/shared/oracle/py313 interpreter/src/tools/gen_docstrings.py \
        > interpreter/src/main/java/dev/snakebox/objects/docs/DocData.java

The data is one text, records separated by RS (U+001E), fields by US (U+001F):
    key US text_signature US doc
where key is a type's tp_name ("int", "dict_keys", "types.SimpleNamespace"), "tp_name.attr"
for what its __dict__ holds, "module.name" for a module's function, or a bare name for a
function of builtins, "@module" for a module's own docstring. A missing signature is an empty field; a None doc is not recorded.
Docs repeated verbatim (slot wrappers of many types) are written once and referenced as
"\x1d<index>" (GS + the record index of their first use); a lone GS is a None doc.
"""
import builtins
import sys
import time
import types

RS, US, GS = "\x1e", "\x1f", "\x1d"
CHUNK = 20000  # characters per Java string constant (the class file caps one at 65535 bytes)

# Built-in types that are not names of builtins but that programs meet (and help() shows).
EXTRA_TYPES = [
    type(None), type(NotImplemented), type(Ellipsis),
    types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.CodeType,
    types.CellType, types.FrameType, types.TracebackType, types.GeneratorType, types.CoroutineType,
    types.AsyncGeneratorType, types.ModuleType, types.MappingProxyType, types.GetSetDescriptorType,
    types.MemberDescriptorType, types.MethodDescriptorType, types.WrapperDescriptorType,
    types.MethodWrapperType, types.ClassMethodDescriptorType, types.SimpleNamespace,
    types.GenericAlias, types.UnionType,
    type({}.keys()), type({}.values()), type({}.items()),
    type(iter({})), type(iter({}.values())), type(iter({}.items())),
    type(reversed({})), type(reversed({}.values())), type(reversed({}.items())),
    type(iter([])), type(reversed([])), type(iter(())), type(iter("")), type(iter(b"")),
    type(iter(bytearray())), type(iter(set())), type(iter(range(0))), type(iter(range(1 << 100))),
    type(iter(lambda: 0, 0)), type(iter(type("S", (), {"__getitem__": lambda s, i: 0})())),
]
# Built-in modules whose functions are documented (modules written in C in CPython).
MODULES = [sys, time]

DESCRIPTOR_TYPES = (
    types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
    types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
    staticmethod, classmethod,
)


def tp_name(t):
    return t.__qualname__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__


def entries():
    seen = set()
    out = []
    typs = []
    for name, value in vars(builtins).items():
        if isinstance(value, type):
            typs.append(value)
        elif isinstance(value, types.BuiltinFunctionType):
            out.append((name, value))
    typs.extend(EXTRA_TYPES)
    for t in typs:
        if t in seen:
            continue
        seen.add(t)
        key = tp_name(t)
        out.append((key, t))
        for attr, value in vars(t).items():
            if attr == "__doc__" or not isinstance(value, DESCRIPTOR_TYPES):
                continue
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            out.append((key + "." + attr, value))
    for m in MODULES:
        out.append(("@" + m.__name__, m))
        for name, value in vars(m).items():
            if isinstance(value, types.BuiltinFunctionType):  # __excepthook__ is excepthook
                out.append((m.__name__ + "." + value.__name__, value))
    return out


def records():
    first = {}
    recs = []
    for key, obj in entries():
        doc = obj.__doc__ if isinstance(obj, type) else getattr(obj, "__doc__", None)
        if isinstance(obj, type):
            doc = type.__dict__["__doc__"].__get__(obj)
        sig = getattr(obj, "__text_signature__", None) or ""
        if not isinstance(doc, str):
            if sig:  # "__reduce__($self, /)\n--\n\n": a signature and no doc
                recs.append(key + US + sig + US + GS)
            continue
        for ch in RS + US + GS:
            assert ch not in doc and ch not in sig, key
        if doc in first and len(doc) > 8:
            text = GS + str(first[doc])
        else:
            first.setdefault(doc, len(recs))
            text = doc
        recs.append(key + US + sig + US + text)
    return RS.join(recs)


def java_literal(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= c < 127:
            out.append(ch)
        else:
            units = ch.encode("utf-16-be")
            for i in range(0, len(units), 2):
                out.append("\\u%02x%02x" % (units[i], units[i + 1]))
    return '"' + "".join(out) + '"'


def main():
    data = records()
    chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)]
    w = sys.stdout.write
    w("// Generated by interpreter/src/tools/gen_docstrings.py under CPython %s; do not edit.\n"
      % sys.version.split()[0])
    w("package dev.snakebox.objects.docs;\n\n")
    w("/** The docstrings of CPython's built-ins, as {@link DocStrings} reads them (format in the generator). */\n")
    w("final class DocData {\n    private DocData() {}\n\n")
    w("    /** The records, in pieces that each fit a class-file constant. */\n")
    w("    static String[] chunks() {\n        return new String[] {\n")
    for c in chunks:
        w("            " + java_literal(c) + ",\n")
    w("        };\n    }\n}\n")


main()
