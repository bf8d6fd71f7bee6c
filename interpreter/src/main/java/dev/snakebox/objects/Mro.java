package dev.snakebox.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The C3 linearisation of a class's bases; CPython's {@code mro_implementation} and
 * {@code pmerge} ({@code Objects/typeobject.c}).
 */
final class Mro {
    private Mro() {}

    /** The MRO of {@code type} with the given bases: {@code type} first, then the merge. */
    static PyType[] compute(PyType type, PyType[] bases) {
        if (bases.length == 1) {
            // the common case: the base's MRO after the type
            PyType[] b = bases[0].mro();
            PyType[] out = new PyType[b.length + 1];
            out[0] = type;
            System.arraycopy(b, 0, out, 1, b.length);
            return out;
        }
        checkDuplicates(bases);
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            List<PyType> l = new ArrayList<>();
            for (PyType t : b.mro()) {
                l.add(t);
            }
            seqs.add(l);
        }
        List<PyType> baseList = new ArrayList<>();
        for (PyType b : bases) {
            baseList.add(b);
        }
        seqs.add(baseList);
        List<PyType> result = new ArrayList<>();
        result.add(type);
        int[] remain = new int[seqs.size()];
        while (true) {
            boolean empty = true;
            PyType candidate = null;
            for (int i = 0; i < seqs.size(); i++) {
                if (remain[i] >= seqs.get(i).size()) {
                    continue;
                }
                empty = false;
                PyType c = seqs.get(i).get(remain[i]);
                if (!inTail(seqs, remain, c)) {
                    candidate = c;
                    break;
                }
            }
            if (empty) {
                break;
            }
            if (candidate == null) {
                throw mergeError(seqs, remain);
            }
            result.add(candidate);
            for (int i = 0; i < seqs.size(); i++) {
                if (remain[i] < seqs.get(i).size() && seqs.get(i).get(remain[i]) == candidate) {
                    remain[i]++;
                }
            }
        }
        return result.toArray(new PyType[0]);
    }

    private static boolean inTail(List<List<PyType>> seqs, int[] remain, PyType c) {
        for (int i = 0; i < seqs.size(); i++) {
            List<PyType> s = seqs.get(i);
            for (int j = remain[i] + 1; j < s.size(); j++) {
                if (s.get(j) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
    }

    /** {@code set_mro_error}: names the bases that could not be ordered, once each. */
    private static PyException mergeError(List<List<PyType>> seqs, int[] remain) {
        List<PyType> names = new ArrayList<>();
        for (int i = 0; i < seqs.size(); i++) {
            if (remain[i] < seqs.get(i).size()) {
                PyType c = seqs.get(i).get(remain[i]);
                if (!names.contains(c)) {
                    names.add(c);
                }
            }
        }
        StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(names.get(i).name);
        }
        return Errors.typeError(sb.toString());
    }
}
