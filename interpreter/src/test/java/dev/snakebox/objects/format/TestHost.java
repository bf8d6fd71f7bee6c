package dev.snakebox.objects.format;

import dev.snakebox.objects.Errors;
import dev.snakebox.objects.ExceptionTypes;
import dev.snakebox.objects.IntOps;
import dev.snakebox.objects.PyBaseException;
import dev.snakebox.objects.PyBytes;
import dev.snakebox.objects.PyComplex;
import dev.snakebox.objects.PyException;
import dev.snakebox.objects.PyFloat;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.format.TestValues.TestByteArray;
import dev.snakebox.objects.format.TestValues.TestDict;
import dev.snakebox.objects.format.TestValues.TestList;
import dev.snakebox.objects.format.TestValues.TestObject;
import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link FormatHost} for the values of the case files, with CPython's behaviour and messages
 * for the built-in types involved (what the runtime's {@code Abstract} will do for real).
 */
final class TestHost implements FormatHost {
    static final TestHost INSTANCE = new TestHost();

    @Override
    public String str(PyObject o) {
        return o instanceof PyStr ? ((PyStr) o).value() : o.repr();
    }

    @Override
    public String repr(PyObject o) {
        return o.repr();
    }

    @Override
    public String format(PyObject o, String spec) {
        if (o instanceof PyInt) {
            return BuiltinFormat.formatInt((PyInt) o, spec, this);
        }
        if (o instanceof PyFloat) {
            return BuiltinFormat.formatFloat((PyFloat) o, spec, this);
        }
        if (o instanceof PyComplex) {
            return BuiltinFormat.formatComplex((PyComplex) o, spec, this);
        }
        if (o instanceof PyStr) {
            return BuiltinFormat.formatStr((PyStr) o, spec, this);
        }
        return BuiltinFormat.formatObject(o, spec, this);
    }

    @Override
    public PyObject getAttr(PyObject o, String name) {
        if (o instanceof TestObject) {
            PyObject value = ((TestObject) o).attributes.get(name);
            if (value != null) {
                return value;
            }
        }
        throw Errors.raise(ExceptionTypes.AttributeError, "'" + o.type().name + "' object has no attribute '" + name + "'");
    }

    @Override
    public PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof TestDict) {
            PyObject value = ((TestDict) o).get(key);
            if (value == null) {
                throw new PyException(new PyBaseException(ExceptionTypes.KeyError, key));
            }
            return value;
        }
        if (o instanceof PyBytes && !(key instanceof PyInt)) {
            throw Errors.typeError("byte indices must be integers or slices, not " + key.type().name);
        }
        if (o instanceof TestList || o instanceof PyTuple || o instanceof PyStr) {
            String name = o.type().name;
            if (!(key instanceof PyInt)) {
                throw Errors.typeError(o instanceof PyStr
                        ? "string indices must be integers, not '" + key.type().name + "'"
                        : name + " indices must be integers or slices, not " + key.type().name);
            }
            return sequenceItem(o, (PyInt) key);
        }
        throw Errors.typeError("'" + o.type().name + "' object is not subscriptable");
    }

    private static PyObject sequenceItem(PyObject o, PyInt key) {
        int size;
        if (o instanceof TestList) {
            size = ((TestList) o).items.size();
        } else if (o instanceof PyTuple) {
            size = ((PyTuple) o).size();
        } else {
            size = ((PyStr) o).length();
        }
        long i = key.big != null ? Long.MAX_VALUE : key.value;
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.raise(ExceptionTypes.IndexError, (o instanceof PyStr ? "string" : o.type().name) + " index out of range");
        }
        if (o instanceof TestList) {
            List<PyObject> items = ((TestList) o).items;
            return items.get((int) i);
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).get((int) i);
        }
        String s = ((PyStr) o).value();
        int at = s.offsetByCodePoints(0, (int) i);
        return PyStr.of(new String(Character.toChars(s.codePointAt(at))));
    }

    @Override
    public PyObject getIndexedItem(PyObject o, long index) {
        return getItem(o, PyInt.of(index));
    }

    @Override
    public PyInt index(PyObject o) {
        if (o instanceof PyInt) {
            return (PyInt) o;
        }
        throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    @Override
    public PyInt toInt(PyObject o) {
        if (o instanceof PyInt) {
            return (PyInt) o;
        }
        if (o instanceof PyFloat) {
            double d = ((PyFloat) o).value;
            if (d != d) {
                throw Errors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Errors.overflow("cannot convert float infinity to integer");
            }
            return PyInt.of(new BigDecimal(d).toBigInteger());
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + o.type().name + "'");
    }

    @Override
    public double toDouble(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return IntOps.toDouble((PyInt) o);
        }
        throw Errors.typeError("must be real number, not " + o.type().name);
    }

    @Override
    public boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    @Override
    public boolean isMapping(PyObject o) {
        return o instanceof TestDict || o instanceof TestList || o instanceof PyTuple || o instanceof PyStr
                || o instanceof PyBytes || o instanceof TestByteArray;
    }

    @Override
    public byte[] bytesOf(PyObject o) {
        return o instanceof TestByteArray ? ((TestByteArray) o).content.clone() : null;
    }

    @Override
    public boolean isByteArray(PyObject o) {
        return o instanceof TestByteArray;
    }
}
