package dev.snakebox.builtins;

import dev.snakebox.modules.Importer;
import dev.snakebox.modules.TextFile;
import dev.snakebox.objects.Errors;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;

/**
 * {@code open()} ({@code io.open}, {@code Modules/_io/_iomodule.c}) on the run's files: the real
 * file system on the JVM command line, the page's in-memory files in the browser. Text files are
 * UTF-8 ({@code encoding} may only name it); binary modes give buffered binary files; the other
 * arguments are accepted and ignored.
 */
final class FileOpen {
    private FileOpen() {}

    static PyObject open(PyObject self, PyObject[] a) {
        if (!(a[1] instanceof PyStr)) {
            throw Errors.typeError("open() argument 'mode' must be str, not " + a[1].type().name);
        }
        if (((PyStr) a[1]).value().indexOf('b') >= 0) {
            // _io_open_impl: what binary mode refuses
            if (a[3] != PyNone.NONE) {
                throw Errors.valueError("binary mode doesn't take an encoding argument");
            }
            if (a[4] != PyNone.NONE) {
                throw Errors.valueError("binary mode doesn't take an errors argument");
            }
            if (a[5] != PyNone.NONE) {
                throw Errors.valueError("binary mode doesn't take a newline argument");
            }
        }
        if (a[3] instanceof PyStr) {
            String enc = ((PyStr) a[3]).value().toLowerCase().replace("-", "").replace("_", "");
            if (!enc.equals("utf8")) {
                throw Errors.raise(dev.snakebox.objects.ExceptionTypes.LookupError, "unknown encoding: " + ((PyStr) a[3]).value());
            }
        }
        Importer importer = Importer.current();
        if (importer == null) {
            throw Errors.raise(dev.snakebox.objects.ExceptionTypes.OSError, "no file system in this run");
        }
        return TextFile.open(importer.files(), a[0], ((PyStr) a[1]).value());
    }
}
