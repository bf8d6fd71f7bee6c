package dev.snakebox.modules;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;

/**
 * {@code types.SimpleNamespace}, as much as {@code sys.implementation} needs: attributes in a
 * dict, shown as {@code namespace(name='snakebox', ...)}; CPython's {@code Objects/namespaceobject.c}.
 */
final class SimpleNamespace extends PyObject {
    static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PyType.OBJECT, PyType.HAS_DICT,
            t -> t.tp_repr = self -> PyStr.of(((SimpleNamespace) self).reprText()), null);

    static {
        TYPE.qualname = "SimpleNamespace";
    }

    final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    SimpleNamespace put(String name, PyObject value) {
        dict.putStr(PyStr.intern(name), value);
        return this;
    }

    private String reprText() {
        StringBuilder sb = new StringBuilder("namespace(");
        for (int i = 0; i < dict.entryLimit(); i++) {
            PyObject k = dict.keyAt(i);
            if (k == null || !(k instanceof PyStr)) {
                continue;
            }
            if (sb.length() > "namespace(".length()) {
                sb.append(", ");
            }
            sb.append(((PyStr) k).value()).append('=').append(Abstract.repr(dict.valueAt(i)).value());
        }
        return sb.append(')').toString();
    }
}
