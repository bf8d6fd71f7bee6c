package dev.snakebox.builtins;

import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.PyException;
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
                    PyObject[] a = nargs > 0 ? new PyObject[] {args[start]} : new PyObject[0];
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
