package dev.snakebox.vm;

import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyType;

/**
 * A minimal Python view of a generator's frame ({@code gi_frame}, {@code cr_frame},
 * {@code ag_frame}); CPython's {@code PyFrameObject} ({@code Objects/frameobject.c}), with only
 * {@code f_code}, {@code f_lineno}, {@code f_lasti}, {@code f_globals} and {@code f_back}.
 */
final class PyFrameObject extends PyObject {
    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(self.repr());
    }, t -> {
        t.getter("f_code", self -> ((PyFrameObject) self).frame.code);
        t.getter("f_lineno", self -> PyInt.of(((PyFrameObject) self).gen.lineno()));
        t.getter("f_lasti", self -> PyInt.of(2L * ((PyFrameObject) self).frame.lasti));
        t.getter("f_globals", self -> ((PyFrameObject) self).frame.globals);
        t.getter("f_back", self -> PyNone.NONE);
    });

    final Frame frame;
    final PyGenerator gen;

    PyFrameObject(Frame frame, PyGenerator gen) {
        this.frame = frame;
        this.gen = gen;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<frame at 0x" + dev.snakebox.objects.Identity.hex(frame) + ", file '" + frame.code.filename() + "', line "
                + gen.lineno() + ", code " + frame.code.name() + ">";
    }
}
