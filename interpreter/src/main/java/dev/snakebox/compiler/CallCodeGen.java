package dev.snakebox.compiler;

import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.Keyword;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls with every kind of argument; CPython 3.13's {@code Python/compile.c}:
 * {@code compiler_call}, {@code maybe_optimize_method_call}, {@code compiler_call_helper},
 * {@code compiler_call_simple_kw_helper}, {@code compiler_subkwargs} and
 * {@code validate_keywords}.
 *
 * <p>Plain calls push the callable and NULL (or, for {@code obj.meth(...)}, the method and its
 * object), the arguments, and end in CALL, or CALL_KW after a tuple of keyword names. With
 * {@code *args}, {@code **kwargs} or too many arguments for the stack, the positional arguments
 * are gathered in a tuple and the keyword ones in a dict for CALL_FUNCTION_EX.
 */
final class CallCodeGen {
    private final CodeGen g;

    CallCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code compiler_call}. */
    void call(ExprNode.Call e) {
        validateKeywords(e.keywords);
        if (maybeMethodCall(e)) {
            return;
        }
        SyntaxWarnings.checkCaller(g, e.func);
        g.visitExpr(e.func);
        g.addop(Location.of(e.func), Opcodes.PUSH_NULL);
        callHelper(Location.of(e), 0, e.args, e.keywords);
    }

    /**
     * {@code maybe_optimize_method_call}: {@code obj.meth(args)} loads the method with its object
     * (LOAD_ATTR with the method bit) instead of a bound method, unless the object is a module
     * imported at the top level, an argument is starred or {@code **}, or there are too many.
     */
    private boolean maybeMethodCall(ExprNode.Call e) {
        if (!(e.func instanceof ExprNode.Attribute)) {
            return false;
        }
        ExprNode.Attribute meth = (ExprNode.Attribute) e.func;
        if (meth.ctx.kind() != ExprContextNode.Load.KIND || isImportOriginated(meth.value)) {
            return false;
        }
        int argsl = e.args.size();
        int kwdsl = e.keywords.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= CodeGen.STACK_USE_GUIDELINE) {
            return false;
        }
        for (ExprNode a : e.args) {
            if (a instanceof ExprNode.Starred) {
                return false;
            }
        }
        for (Keyword k : e.keywords) {
            if (k.arg == null) {
                return false;
            }
        }
        Location loc = Location.of(meth);
        if (g.supers.canOptimize(meth)) {
            g.supers.load(meth, true);
        } else {
            g.visitExpr(meth.value);
            loc = AccessCodeGen.matchAttr(loc, meth);
            g.addopName(loc, Opcodes.LOAD_METHOD, meth.attr);
        }
        for (ExprNode a : e.args) {
            g.visitExpr(a);
        }
        Location callLoc = AccessCodeGen.matchAttr(Location.of(e), meth);
        if (kwdsl > 0) {
            for (Keyword k : e.keywords) {
                g.visitExpr(k.value);
            }
            keywordNames(loc, e.keywords, 0, kwdsl);
            g.addopI(callLoc, Opcodes.CALL_KW, argsl + kwdsl);
        } else {
            g.addopI(callLoc, Opcodes.CALL, argsl);
        }
        return true;
    }

    /**
     * {@code is_import_originated}: a name the module imports ({@code DEF_IMPORT} in the top
     * scope); calling an attribute of a module is not worth a method load.
     */
    private boolean isImportOriginated(ExprNode e) {
        return e instanceof ExprNode.Name
                && (g.st.top.symbol(((ExprNode.Name) e).id) & SymbolFlags.DEF_IMPORT) != 0;
    }

    /**
     * {@code compiler_call_helper}: the arguments and the call, with {@code n} values already
     * pushed after the callable and NULL (a class's builder and name).
     */
    void callHelper(Location loc, int n, List<ExprNode> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > CodeGen.STACK_USE_GUIDELINE;
        for (ExprNode a : args) {
            exCall |= a instanceof ExprNode.Starred;
        }
        for (Keyword k : keywords) {
            exCall |= k.arg == null;
        }
        if (!exCall) {
            for (ExprNode a : args) {
                g.visitExpr(a);
            }
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    g.visitExpr(k.value);
                }
                keywordNames(loc, keywords, 0, nkwelts);
                g.addopI(loc, Opcodes.CALL_KW, n + nelts + nkwelts);
            } else {
                g.addopI(loc, Opcodes.CALL, n + nelts);
            }
            return;
        }
        // positional arguments as one tuple
        if (n == 0 && nelts == 1 && args.get(0) instanceof ExprNode.Starred) {
            g.visitExpr(((ExprNode.Starred) args.get(0)).value);
        } else {
            g.starunpackHelper(loc, args, n, Opcodes.BUILD_LIST, Opcodes.LIST_APPEND, Opcodes.LIST_EXTEND, true);
        }
        // keyword arguments as one dict
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0; // plain keyword arguments not yet in a dict
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) {
                            g.addopI(loc, Opcodes.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        g.addopI(loc, Opcodes.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    g.visitExpr(kw.value);
                    g.addopI(loc, Opcodes.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    g.addopI(loc, Opcodes.DICT_MERGE, 1);
                }
            }
        }
        g.addopI(loc, Opcodes.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    /** {@code compiler_call_simple_kw_helper}: the tuple of keyword names CALL_KW takes. */
    private void keywordNames(Location loc, List<Keyword> keywords, int begin, int end) {
        PyObject[] names = new PyObject[end - begin];
        for (int i = begin; i < end; i++) {
            names[i - begin] = PyStr.of(keywords.get(i).arg);
        }
        g.loadConst(loc, PyTuple.wrap(names));
    }

    /**
     * {@code compiler_subkwargs}: keyword arguments {@code begin..end} as a dict, from a tuple of
     * their names (BUILD_CONST_KEY_MAP) or, for one or many, pair by pair.
     */
    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > CodeGen.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                g.visitExpr(keywords.get(i).value);
            }
            keywordNames(loc, keywords, begin, end);
            g.addopI(loc, Opcodes.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            g.addopI(Location.NONE, Opcodes.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            g.loadConst(loc, PyStr.of(kw.arg));
            g.visitExpr(kw.value);
            if (big) {
                g.addopI(Location.NONE, Opcodes.MAP_ADD, 1);
            }
        }
        if (!big) {
            g.addopI(loc, Opcodes.BUILD_MAP, n);
        }
    }

    /**
     * {@code validate_keywords}: no keyword may be {@code __debug__} or repeat an earlier one.
     * The error is the one CPython's pairwise scan finds first: for the earliest keyword that is
     * repeated, at its first repetition. One map, so long argument lists stay linear.
     */
    static void validateKeywords(List<Keyword> keywords) {
        Map<String, Integer> first = new HashMap<>();
        int bestFirst = -1;
        Keyword bestRepeat = null;
        for (int j = 0; j < keywords.size(); j++) {
            Keyword k = keywords.get(j);
            if (k.arg == null) {
                continue;
            }
            Integer i = first.get(k.arg);
            if (i == null) {
                first.put(k.arg, j);
            } else if (bestRepeat == null || i < bestFirst) {
                bestFirst = i;
                bestRepeat = k;
            }
        }
        for (int j = 0; j < keywords.size(); j++) {
            Keyword k = keywords.get(j);
            if (k.arg == null) {
                continue;
            }
            AccessCodeGen.checkForbidden(Location.of(k), k.arg);
            if (bestRepeat != null && j == bestFirst) {
                throw CodeGen.error(Location.of(bestRepeat), "keyword argument repeated: " + k.arg);
            }
        }
    }
}
