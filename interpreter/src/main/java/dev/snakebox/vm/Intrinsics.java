package dev.snakebox.vm;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyGenericAlias;
import dev.snakebox.objects.PyList;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyTuple;

/** The {@code CALL_INTRINSIC_1} and {@code CALL_INTRINSIC_2} functions; CPython's {@code Python/intrinsics.c}. */
final class Intrinsics {
    private Intrinsics() {}

    static PyObject call1(Interpreter interp, Frame f, int which, PyObject v) {
        switch (which) {
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_PRINT:
                if (v != PyNone.NONE) {
                    interp.stdout(Abstract.repr(v).value() + "\n");
                }
                return PyNone.NONE;
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_UNARY_POSITIVE:
                return Abstract.positive(v);
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_LIST_TO_TUPLE:
                return PyTuple.wrap(((PyList) v).toArray());
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_IMPORT_STAR:
                dev.snakebox.modules.ImportOps.importStar(f.locals, v);
                return PyNone.NONE;
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_SUBSCRIPT_GENERIC:
                return new PyGenericAlias(PyTuple.EMPTY, v);
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_STOPITERATION_ERROR:
                return PyGenerator.stopIterationError(f, v);
            case dev.snakebox.bytecode.Intrinsics.INTRINSIC_ASYNC_GEN_WRAP:
                return new AsyncGenAwaitables.Wrapped(v);
            default:
                throw Errors.notImplemented(dev.snakebox.bytecode.Intrinsics.unaryNames(which) + " is not supported yet");
        }
    }

    static PyObject call2(int which, PyObject v1, PyObject v2) {
        if (which == dev.snakebox.bytecode.Intrinsics.INTRINSIC_PREP_RERAISE_STAR) {
            return ExceptStar.prepReraiseStar(v1, v2);
        }
        throw Errors.notImplemented(dev.snakebox.bytecode.Intrinsics.binaryNames(which) + " is not supported yet");
    }
}
