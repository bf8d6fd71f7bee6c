package dev.snakebox.objects;

import java.util.List;

/**
 * One entry of a traceback: a frame's code and the instruction that was running, linked to the
 * entry of the frame it called; CPython's {@code PyTracebackObject} ({@code Python/traceback.c}:
 * {@code tb_next}, {@code tb_lasti}, {@code tb_lineno}). The head is the outermost frame; as an
 * exception leaves a frame, that frame's entry is put in front.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, 0, null,
            t -> {
                t.getter("tb_next", self -> {
                    PyTraceback n = ((PyTraceback) self).next;
                    return n == null ? PyNone.NONE : n;
                });
                t.getter("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno()));
                t.getter("tb_lasti", self -> PyInt.of(2L * ((PyTraceback) self).instrIndex));
                t.getter("tb_frame", self -> {
                    FrameView f = ((PyTraceback) self).frame;
                    return f == null ? PyNone.NONE : f.frameObject();
                });
            });

    public final PyCodeRef code;
    /** The code unit index of the instruction (CPython's {@code tb_lasti} is twice it, in bytes). */
    public final int instrIndex;
    public final PyTraceback next;
    /** The frame, as far as printing a traceback needs it (suggestions); null when unknown. */
    public final FrameView frame;

    /** What the traceback printer may ask of a frame: CPython's {@code tb_frame.f_locals} and friends. */
    public interface FrameView {
        /** The names visible in the frame: locals, globals, builtins, in that order. */
        List<String> names();

        /** The value of local variable {@code name}, or null. */
        PyObject local(String name);

        /** {@code tb_frame}: the frame's object, the same one each time. */
        PyObject frameObject();
    }

    public PyTraceback(PyCodeRef code, int instrIndex, FrameView frame, PyTraceback next) {
        this.code = code;
        this.instrIndex = instrIndex;
        this.frame = frame;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return code.positions(instrIndex)[0];
    }
}
