package dev.snakebox.compiler;

import dev.snakebox.ast.Alias;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.Intrinsics;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;

/**
 * {@code import} and {@code from ... import}; CPython 3.13's {@code compiler_import},
 * {@code compiler_import_as} and {@code compiler_from_import} ({@code Python/compile.c}).
 * IMPORT_NAME takes the level and the from-list from the stack and pushes the module (for
 * {@code import a.b}, the top package {@code a}); IMPORT_FROM reads one attribute of it.
 */
final class ImportCodeGen {
    private final CodeGen g;

    ImportCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_import}. */
    void importStmt(StmtNode.Import s) {
        Location loc = Location.of(s);
        for (Alias alias : s.names) {
            g.loadConst(loc, PyInt.of(0));
            g.loadConst(loc, PyNone.NONE);
            g.addopName(loc, Opcodes.IMPORT_NAME, alias.name);
            if (alias.asname != null) {
                importAs(loc, alias.name, alias.asname);
            } else {
                int dot = alias.name.indexOf('.');
                String stored = dot < 0 ? alias.name : alias.name.substring(0, dot);
                g.nameop(loc, stored, ExprContextNode.Store.KIND);
            }
        }
    }

    /**
     * {@code compiler_import_as}: {@code import a.b.c as d} walks from the top package down
     * with IMPORT_FROM, keeping only the innermost module, and binds it.
     */
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            g.nameop(loc, asname, ExprContextNode.Store.KIND);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            String attr = name.substring(pos, dot < 0 ? name.length() : dot);
            g.addopName(loc, Opcodes.IMPORT_FROM, attr);
            if (dot < 0) {
                break;
            }
            g.addopI(loc, Opcodes.SWAP, 2);
            g.addop(loc, Opcodes.POP_TOP);
        }
        g.nameop(loc, asname, ExprContextNode.Store.KIND);
        g.addop(loc, Opcodes.POP_TOP);
    }

    /**
     * {@code compiler_from_import}: one IMPORT_NAME with the tuple of names, then an IMPORT_FROM
     * and a store per name, or the IMPORT_STAR intrinsic for {@code *}. A future import after
     * the leading ones is an error here.
     */
    void fromImport(StmtNode.ImportFrom s) {
        Location loc = Location.of(s);
        int level = s.level == null ? 0 : s.level;
        int n = s.names.size();
        g.loadConst(loc, PyInt.of(level));
        PyObject[] names = new PyObject[n];
        for (int i = 0; i < n; i++) {
            names[i] = PyStr.of(s.names.get(i).name);
        }
        if (g.future.isAfterLeadingImports(s.lineno, s.colOffset) && "__future__".equals(s.module) && level == 0) {
            throw CodeGen.error(loc, "from __future__ imports must occur at the beginning of the file");
        }
        g.loadConst(loc, PyTuple.wrap(names));
        g.addopName(loc, Opcodes.IMPORT_NAME, s.module == null ? "" : s.module);
        for (int i = 0; i < n; i++) {
            Alias alias = s.names.get(i);
            if (i == 0 && alias.name.startsWith("*")) {
                g.addopI(loc, Opcodes.CALL_INTRINSIC_1, Intrinsics.INTRINSIC_IMPORT_STAR);
                g.addop(Location.NONE, Opcodes.POP_TOP);
                return;
            }
            g.addopName(loc, Opcodes.IMPORT_FROM, alias.name);
            g.nameop(loc, alias.asname != null ? alias.asname : alias.name, ExprContextNode.Store.KIND);
        }
        // the module itself
        g.addop(loc, Opcodes.POP_TOP);
    }
}
