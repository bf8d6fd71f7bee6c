package dev.snakebox.bytecode;

import dev.snakebox.objects.PyCodeRef;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyType;

/**
 * A code object; CPython's {@code PyCodeObject} ({@code Objects/codeobject.c}). Immutable
 * output of the assembler, input of the VM and the disassembler.
 *
 * <p>{@link #code} holds CPython's 16-bit code units, one per array element, as
 * {@code opcode | oparg << 8} — exactly the bytes of {@code co_code} read pairwise — with the
 * inline CACHE units in place (zero), so instruction offsets, jump arguments and the location and
 * exception tables mean what they mean in CPython.
 */
public final class PyCode extends PyObject implements PyCodeRef {
    public static final PyType TYPE = CodeType.create();

    /** {@code CO_FAST_*}: the kinds of a name of {@link #localsplusnames} ({@code Include/internal/pycore_code.h}). */
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int stacksize;
    public final int flags;
    public final int firstlineno;
    public final String name;
    public final String qualname;
    public final String filename;
    public final char[] code;
    public final PyObject[] consts;
    public final String[] names;
    /** Names of locals, cells and free variables, in CPython's {@code co_localsplusnames} order. */
    public final String[] localsplusnames;
    /** CPython's {@code CO_FAST_LOCAL | CO_FAST_CELL | CO_FAST_FREE | CO_FAST_HIDDEN} per name. */
    public final byte[] localspluskinds;
    /** {@code co_linetable}: CPython 3.13's location table. */
    public final byte[] linetable;
    /** {@code co_exceptiontable}. */
    public final byte[] exceptiontable;

    private int[][] positionCache;
    /** What the VM derives from this code object once (decoded tables, inline caches); owned by {@code vm}. */
    public Object vmData;

    public PyCode(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags, int firstlineno,
            String name, String qualname, String filename, char[] code, PyObject[] consts, String[] names,
            String[] localsplusnames, byte[] localspluskinds, byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        // init_code (Objects/codeobject.c): there is no empty stack; a code object that never
        // pushes anything ("pass", a lone "raise") still gets one slot
        this.stacksize = stacksize == 0 ? 1 : stacksize;
        this.flags = flags;
        this.firstlineno = firstlineno;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusnames = localsplusnames;
        this.localspluskinds = localspluskinds;
        this.linetable = linetable;
        this.exceptiontable = exceptiontable;
    }

    /** How many names of {@link #localsplusnames} have kind {@code kind} ({@code co_nlocals}, the free variables...). */
    public int countKind(byte kind) {
        int n = 0;
        for (byte k : localspluskinds) {
            if ((k & kind) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The names of {@link #localsplusnames} with kind {@code kind}, in order ({@code get_localsplus_names}). */
    public String[] namesOfKind(byte kind) {
        String[] out = new String[countKind(kind)];
        int n = 0;
        for (int i = 0; i < localsplusnames.length; i++) {
            if ((localspluskinds[i] & kind) != 0) {
                out[n++] = localsplusnames[i];
            }
        }
        return out;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String filename() {
        return filename;
    }

    @Override
    public String qualname() {
        return qualname;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * {@code co_positions()} for the code unit at index {@code unit}: start line, end line,
     * start column, end column (UTF-8 bytes), each -1 where CPython gives None.
     */
    @Override
    public int[] positions(int unit) {
        if (positionCache == null) {
            positionCache = LocationTable.decode(this);
        }
        if (unit < 0 || unit >= positionCache.length) {
            return new int[] {-1, -1, -1, -1};
        }
        return positionCache[unit];
    }

    @Override
    public String repr() {
        return "<code object " + name + " at 0x" + dev.snakebox.objects.Identity.hex(this) + ", file \"" + filename
                + "\", line " + firstlineno + ">";
    }
}
