package dev.snakebox.compiler;

import dev.snakebox.ast.Alias;
import dev.snakebox.ast.ExcepthandlerNode;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.ModNode;
import dev.snakebox.ast.StmtNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names an {@code import} binds in the module's own scope: those the module's symbol table
 * flags {@code DEF_IMPORT} ({@code Python/symtable.c}), which {@code is_import_originated} in
 * {@code Python/compile.c} asks about. Imports inside functions and classes bind other scopes
 * and do not count; those inside module-level if, for, while, with, try and match do.
 */
final class ImportedNames {
    private ImportedNames() {}

    static Set<String> of(ModNode.Module mod) {
        Set<String> names = new HashSet<>();
        collect(mod.body, names);
        return names;
    }

    private static void collect(List<StmtNode> stmts, Set<String> names) {
        for (StmtNode s : stmts) {
            switch (s.kind()) {
                case StmtNode.Import.KIND:
                    for (Alias a : ((StmtNode.Import) s).names) {
                        if (a.asname != null) {
                            names.add(a.asname);
                        } else {
                            int dot = a.name.indexOf('.');
                            names.add(dot < 0 ? a.name : a.name.substring(0, dot));
                        }
                    }
                    break;
                case StmtNode.ImportFrom.KIND:
                    for (Alias a : ((StmtNode.ImportFrom) s).names) {
                        if (!a.name.equals("*")) {
                            names.add(a.asname != null ? a.asname : a.name);
                        }
                    }
                    break;
                case StmtNode.If.KIND: {
                    // an elif chain nests as deep as it is long: walk it in a loop
                    StmtNode.If i = (StmtNode.If) s;
                    while (true) {
                        collect(i.body, names);
                        if (i.orelse.size() == 1 && i.orelse.get(0) instanceof StmtNode.If) {
                            i = (StmtNode.If) i.orelse.get(0);
                        } else {
                            collect(i.orelse, names);
                            break;
                        }
                    }
                    break;
                }
                case StmtNode.For.KIND:
                    collect(((StmtNode.For) s).body, names);
                    collect(((StmtNode.For) s).orelse, names);
                    break;
                case StmtNode.AsyncFor.KIND:
                    collect(((StmtNode.AsyncFor) s).body, names);
                    collect(((StmtNode.AsyncFor) s).orelse, names);
                    break;
                case StmtNode.While.KIND:
                    collect(((StmtNode.While) s).body, names);
                    collect(((StmtNode.While) s).orelse, names);
                    break;
                case StmtNode.With.KIND:
                    collect(((StmtNode.With) s).body, names);
                    break;
                case StmtNode.AsyncWith.KIND:
                    collect(((StmtNode.AsyncWith) s).body, names);
                    break;
                case StmtNode.Try.KIND: {
                    StmtNode.Try t = (StmtNode.Try) s;
                    collectTry(t.body, t.handlers, t.orelse, t.finalbody, names);
                    break;
                }
                case StmtNode.TryStar.KIND: {
                    StmtNode.TryStar t = (StmtNode.TryStar) s;
                    collectTry(t.body, t.handlers, t.orelse, t.finalbody, names);
                    break;
                }
                case StmtNode.Match.KIND:
                    for (MatchCase c : ((StmtNode.Match) s).cases) {
                        collect(c.body, names);
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static void collectTry(List<StmtNode> body, List<ExcepthandlerNode> handlers, List<StmtNode> orelse,
            List<StmtNode> finalbody, Set<String> names) {
        collect(body, names);
        for (ExcepthandlerNode h : handlers) {
            collect(((ExcepthandlerNode.ExceptHandler) h).body, names);
        }
        collect(orelse, names);
        collect(finalbody, names);
    }
}
