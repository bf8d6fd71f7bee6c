package dev.snakebox.builtins;

import dev.snakebox.objects.Abstract;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyCell;
import dev.snakebox.objects.PyDict;
import dev.snakebox.objects.PyFunction;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import dev.snakebox.objects.PyType;
import dev.snakebox.objects.ThreadState;
import dev.snakebox.objects.TypeNew;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code __build_class__(func, name, *bases, metaclass=..., **kwds)}, which a class statement
 * calls; CPython's {@code builtin___build_class__} ({@code Python/bltinmodule.c}): resolve
 * {@code __mro_entries__}, pick the metaclass, {@code __prepare__} the namespace, run the body in
 * it, make the class, and check the {@code __class__} cell.
 */
final class BuildClass {
    private BuildClass() {}

    private static final PyStr MRO_ENTRIES = PyStr.intern("__mro_entries__");
    private static final PyStr PREPARE = PyStr.intern("__prepare__");
    private static final PyStr ORIG_BASES = PyStr.intern("__orig_bases__");

    static PyObject call(PyObject self, PyObject[] args, int start, int nargs, PyTuple kwnames) {
        if (nargs < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        PyObject func = args[start];
        if (!(func instanceof PyFunction)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        PyObject name = args[start + 1];
        if (!(name instanceof PyStr)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyTuple origBases = PyTuple.of(args, start + 2, nargs - 2);
        PyTuple bases = updateBases(origBases);
        PyObject meta = null;
        List<PyObject> kwNames = new ArrayList<>();
        List<PyObject> kwValues = new ArrayList<>();
        int nkw = kwnames == null ? 0 : kwnames.size();
        for (int i = 0; i < nkw; i++) {
            PyObject k = kwnames.get(i);
            PyObject v = args[start + nargs + i];
            if (((PyStr) k).value().equals("metaclass")) {
                meta = v;
            } else {
                kwNames.add(k);
                kwValues.add(v);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeNew.calculateMetaclass((PyType) meta, bases);
        }
        PyObject[] kwv = kwValues.toArray(new PyObject[0]);
        PyTuple kwn = kwNames.isEmpty() ? null : PyTuple.of(kwNames.toArray(new PyObject[0]));
        PyObject ns;
        PyObject prep = Abstract.lookupAttr(meta, PREPARE);
        if (prep == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwv.length];
            pa[0] = name;
            pa[1] = bases;
            System.arraycopy(kwv, 0, pa, 2, kwv.length);
            ns = Abstract.call(prep, pa, 0, 2, kwn);
            if (ns.type().mp_subscript == null) {
                throw Errors.typeError((isClass ? ((PyType) meta).name : "<metaclass>") + ".__prepare__() must return a mapping, not "
                        + ns.type().name);
            }
        }
        PyObject cell = ThreadState.current().evaluator.runClassBody((PyFunction) func, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, ORIG_BASES, origBases);
        }
        PyObject[] ma = new PyObject[3 + kwv.length];
        ma[0] = name;
        ma[1] = bases;
        ma[2] = ns;
        System.arraycopy(kwv, 0, ma, 3, kwv.length);
        PyObject cls = Abstract.call(meta, ma, 0, 3, kwn);
        if (cls instanceof PyType && cell instanceof PyCell) {
            PyObject cellCls = ((PyCell) cell).ref;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw Errors.runtimeError("__class__ not set defining " + Abstract.repr(name).value() + " as "
                            + Abstract.repr(cls).value() + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + Abstract.repr(cellCls).value() + " defining " + Abstract.repr(name).value()
                        + " as " + Abstract.repr(cls).value());
            }
        }
        return cls;
    }

    /** {@code update_bases}: a base that is not a class may stand for others through {@code __mro_entries__}. */
    private static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject meth = Abstract.lookupAttr(b, MRO_ENTRIES);
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject r = Abstract.call(meth, bases);
            if (!(r instanceof PyTuple)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases.get(j));
                }
            }
            for (int j = 0; j < ((PyTuple) r).size(); j++) {
                out.add(((PyTuple) r).get(j));
            }
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }
}
