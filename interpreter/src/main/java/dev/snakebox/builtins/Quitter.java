package dev.snakebox.builtins;

import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;

/**
 * {@code exit} and {@code quit}; CPython's {@code _sitebuiltins.Quitter}: calling one raises
 * SystemExit with the given code; its repr tells how to leave the REPL.
 */
final class Quitter extends PyObject {
    static final PyType TYPE = PyType.builtin("Quitter", PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("Use " + ((Quitter) self).name + "() or Ctrl-D (i.e. EOF) to exit");
                t.tp_call = (self, args, start, nargs, kw) -> {
                    // Quitter.__call__(self, code=None): raise SystemExit(code)
                    PyObject[] a = {nargs > 0 ? args[start] : PyNone.NONE};
                    throw new PyException(PyBaseException.create(ExceptionTypes.SystemExit, a));
                };
            },
            null);

    final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
