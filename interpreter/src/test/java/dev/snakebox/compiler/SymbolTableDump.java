package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test helper: a symbol table as text, in the format {@code symtable/dump_regenerate.py} prints
 * CPython's: one line per scope (type, name, line, nested, parameters), then one per name in
 * sorted order with its flags and scope, nested scopes indented below.
 */
final class SymbolTableDump {
    private SymbolTableDump() {}

    private static final String[] TYPES = {
        "function", "class", "module", "annotation", "type-alias", "type-parameters", "type-variable"};
    private static final String[] FLAG_NAMES = {
        "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
        "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL"};
    private static final String[] SCOPES = {"-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"};

    static String of(SymbolTable table) {
        StringBuilder sb = new StringBuilder();
        dump(table.top, "", sb);
        return sb.toString();
    }

    private static void dump(SymbolTableEntry ste, String indent, StringBuilder sb) {
        sb.append(indent).append(TYPES[ste.type.ordinal()]).append(' ').append(ste.name).append(" line ")
                .append(ste.lineno);
        if (ste.nested) {
            sb.append(" nested");
        }
        if (!ste.varnames.isEmpty()) {
            sb.append(" params=").append(String.join(",", ste.varnames));
        }
        sb.append('\n');
        List<String> names = new ArrayList<>(ste.symbols.keySet());
        Collections.sort(names);
        for (String name : names) {
            int value = ste.symbols.get(name);
            List<String> flags = new ArrayList<>();
            for (int i = 0; i < FLAG_NAMES.length; i++) {
                if ((value & (1 << i)) != 0) {
                    flags.add(FLAG_NAMES[i]);
                }
            }
            sb.append(indent).append("  ").append(name).append(' ')
                    .append(flags.isEmpty() ? "0" : String.join("|", flags)).append(' ')
                    .append(SCOPES[SymbolFlags.scope(value)]).append('\n');
        }
        for (SymbolTableEntry child : ste.children) {
            dump(child, indent + "  ", sb);
        }
    }
}
