package dev.snakebox.compiler;

import dev.snakebox.ast.CmpopNode;
import dev.snakebox.ast.ExprContextNode;
import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.MatchCase;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.bytecode.BinaryOps;
import dev.snakebox.bytecode.Opcodes;
import dev.snakebox.objects.PyInt;
import dev.snakebox.objects.PyNone;
import dev.snakebox.objects.PyObject;
import dev.snakebox.objects.PyStr;
import dev.snakebox.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement (PEP 634); CPython 3.13's {@code compiler_match},
 * {@code compiler_match_inner} and {@code compiler_pattern*} ({@code Python/compile.c}).
 *
 * <p>Every pattern routine consumes the subject on top of the stack and, on failure, jumps to
 * the {@link PatternContext#failPop} label that pops whatever the pattern still holds. Captured
 * values are rotated underneath the items in use and stored by name only once the whole pattern
 * has matched, so a failed case binds nothing.
 */
final class PatternCodeGen {
    private final CodeGen g;

    PatternCodeGen(CodeGen g) {
        this.g = g;
    }

    /** {@code WILDCARD_CHECK}: {@code _}. */
    private static boolean isWildcard(PatternNode p) {
        return p instanceof PatternNode.MatchAs && ((PatternNode.MatchAs) p).pattern == null
                && ((PatternNode.MatchAs) p).name == null;
    }

    /** {@code WILDCARD_STAR_CHECK}: {@code *_}. */
    private static boolean isStarWildcard(PatternNode p) {
        return p instanceof PatternNode.MatchStar && ((PatternNode.MatchStar) p).name == null;
    }

    // ---- the statement --------------------------------------------------------------------

    /** {@code compiler_match} / {@code compiler_match_inner}. */
    void match(StmtNode.Match s) {
        PatternContext pc = new PatternContext();
        g.visitExpr(s.subject);
        int end = g.newLabel();
        int cases = s.cases.size();
        MatchCase m = s.cases.get(cases - 1);
        // A trailing "case _:" needs no copy of the subject, nor the pops around it.
        boolean hasDefault = isWildcard(m.pattern) && cases > 1;
        int last = cases - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            m = s.cases.get(i);
            Location loc = Location.of(m.pattern);
            // only copy the subject if this is not the last case
            if (i != last) {
                g.addopI(loc, Opcodes.COPY, 1);
            }
            // irrefutable cases must be guarded, last, or both
            pc.reset(m.guard != null || i == cases - 1);
            pattern(m.pattern, pc);
            // a match: store the captured names (their values are on the stack)
            for (String name : pc.stores) {
                g.nameop(loc, name, ExprContextNode.Store.KIND);
            }
            if (m.guard != null) {
                ensureFailPop(pc, 0);
                g.jumpIf(loc, m.guard, pc.failPop.get(0), false);
            }
            if (i != last) {
                g.addop(loc, Opcodes.POP_TOP); // done with the subject
            }
            g.visitStmts(m.body);
            g.addopJump(Location.NONE, Opcodes.JUMP, end);
            // the cleanup of a failed pattern belongs to the pattern's line, not the body's
            emitAndResetFailPop(loc, pc);
        }
        if (hasDefault) {
            m = s.cases.get(cases - 1);
            Location loc = Location.of(m.pattern);
            // cases > 1 here, so this is CPython's "show line coverage" NOP
            g.addop(loc, Opcodes.NOP);
            if (m.guard != null) {
                g.jumpIf(loc, m.guard, end, false);
            }
            g.visitStmts(m.body);
        }
        g.useLabel(end);
    }

    // ---- failure paths ----------------------------------------------------------------------

    /** {@code ensure_fail_pop}: labels for popping up to {@code n} items. */
    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(g.newLabel());
        }
    }

    /**
     * {@code jump_to_fail_pop}: jumps with {@code op} to the label popping the items on top plus
     * the values captured so far.
     */
    private void jumpToFailPop(Location loc, PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        g.addopJump(loc, op, pc.failPop.get(pops));
    }

    /** {@code emit_and_reset_fail_pop}: the chain of POP_TOPs the failure jumps land in. */
    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        int size = pc.failPop.size();
        if (size == 0) {
            return;
        }
        for (int i = size - 1; i > 0; i--) {
            g.useLabel(pc.failPop.get(i));
            g.addop(loc, Opcodes.POP_TOP);
        }
        g.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    // ---- captures ---------------------------------------------------------------------------

    private static RuntimeException duplicateStore(Location loc, String name) {
        return CodeGen.error(loc, "multiple assignments to name " + PyStr.of(name).repr() + " in pattern");
    }

    /** {@code pattern_helper_rotate}: 3.10's ROT_N as a run of SWAPs. */
    private void rotate(Location loc, int count) {
        while (count > 1) {
            g.addopI(loc, Opcodes.SWAP, count--);
        }
    }

    /**
     * {@code pattern_helper_store_name}: a capture's value goes underneath the items in use and
     * the values already captured; a wildcard's is popped.
     */
    private void storeName(Location loc, String name, PatternContext pc) {
        if (name == null) {
            g.addop(loc, Opcodes.POP_TOP);
            return;
        }
        if (name.equals("__debug__")) { // forbidden_name
            throw CodeGen.error(loc, "cannot assign to __debug__");
        }
        if (pc.stores.contains(name)) {
            throw duplicateStore(loc, name);
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    // ---- patterns ---------------------------------------------------------------------------

    /** {@code compiler_pattern}. */
    void pattern(PatternNode p, PatternContext pc) {
        g.enter();
        switch (p.kind()) {
            case PatternNode.MatchValue.KIND:
                value((PatternNode.MatchValue) p, pc);
                break;
            case PatternNode.MatchSingleton.KIND:
                singleton((PatternNode.MatchSingleton) p, pc);
                break;
            case PatternNode.MatchSequence.KIND:
                sequence((PatternNode.MatchSequence) p, pc);
                break;
            case PatternNode.MatchMapping.KIND:
                mapping((PatternNode.MatchMapping) p, pc);
                break;
            case PatternNode.MatchClass.KIND:
                classPattern((PatternNode.MatchClass) p, pc);
                break;
            case PatternNode.MatchStar.KIND:
                storeName(Location.of(p), ((PatternNode.MatchStar) p).name, pc);
                break;
            case PatternNode.MatchAs.KIND:
                as((PatternNode.MatchAs) p, pc);
                break;
            default:
                or((PatternNode.MatchOr) p, pc);
                break;
        }
        g.depth--;
    }

    /** {@code compiler_pattern_subpattern}: a sub-pattern may always be irrefutable. */
    private void subpattern(PatternNode p, PatternContext pc) {
        boolean allowIrrefutable = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allowIrrefutable;
    }

    /** {@code compiler_pattern_value}: {@code subject == value}. */
    private void value(PatternNode.MatchValue p, PatternContext pc) {
        Location loc = Location.of(p);
        ExprNode value = p.value;
        // MATCH_VALUE_EXPR: the parser lets f-strings through
        if (!(value instanceof ExprNode.Constant || value instanceof ExprNode.Attribute)) {
            throw CodeGen.error(loc, "patterns may only match literals and attribute lookups");
        }
        valueExpr(value);
        g.addCompare(loc, CmpopNode.Eq.INSTANCE);
        g.addop(loc, Opcodes.TO_BOOL);
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
    }

    /** {@code compiler_pattern_singleton}: {@code subject is None/True/False}. */
    private void singleton(PatternNode.MatchSingleton p, PatternContext pc) {
        Location loc = Location.of(p);
        g.loadConst(loc, (PyObject) p.value);
        g.addCompare(loc, CmpopNode.Is.INSTANCE);
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
    }

    /** {@code compiler_pattern_as}: a capture, a wildcard, or {@code pattern as name}. */
    private void as(PatternNode.MatchAs p, PatternContext pc) {
        Location loc = Location.of(p);
        if (p.pattern == null) {
            if (!pc.allowIrrefutable) {
                if (p.name != null) {
                    throw CodeGen.error(loc, "name capture " + PyStr.of(p.name).repr()
                            + " makes remaining patterns unreachable");
                }
                throw CodeGen.error(loc, "wildcard makes remaining patterns unreachable");
            }
            storeName(loc, p.name, pc);
            return;
        }
        // a copy to store if the pattern matches
        pc.onTop++;
        g.addopI(loc, Opcodes.COPY, 1);
        pattern(p.pattern, pc);
        pc.onTop--;
        storeName(loc, p.name, pc);
    }

    /** {@code compiler_pattern_sequence}: type and length checks, then the items. */
    private void sequence(PatternNode.MatchSequence p, PatternContext pc) {
        Location loc = Location.of(p);
        List<PatternNode> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (pattern instanceof PatternNode.MatchStar) {
                if (star >= 0) {
                    throw CodeGen.error(loc, "multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(pattern);
        }
        // the subject stays on top during the type and length checks
        pc.onTop++;
        g.addop(loc, Opcodes.MATCH_SEQUENCE);
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.addop(loc, Opcodes.GET_LEN);
            g.loadConst(loc, PyInt.of(size));
            g.addCompare(loc, CmpopNode.Eq.INSTANCE);
            jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            g.addop(loc, Opcodes.GET_LEN);
            g.loadConst(loc, PyInt.of(size - 1));
            g.addCompare(loc, CmpopNode.GtE.INSTANCE);
            jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            // [] / [_] / [_, _] / [*_] / [_, *_] / ...
            g.addop(loc, Opcodes.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(loc, patterns, star, pc);
        } else {
            sequenceUnpack(loc, patterns, pc);
        }
    }

    /** {@code pattern_unpack_helper}: UNPACK_SEQUENCE, or UNPACK_EX around the starred item. */
    private void unpackHelper(Location loc, List<PatternNode> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            PatternNode elt = elts.get(i);
            if (elt instanceof PatternNode.MatchStar && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw CodeGen.error(loc, "too many expressions in star-unpacking sequence pattern");
                }
                g.addopI(loc, Opcodes.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (elt instanceof PatternNode.MatchStar) {
                throw CodeGen.error(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) {
            g.addopI(loc, Opcodes.UNPACK_SEQUENCE, n);
        }
    }

    /** {@code pattern_helper_sequence_unpack}: unpack, then match each item. */
    private void sequenceUnpack(Location loc, List<PatternNode> patterns, PatternContext pc) {
        unpackHelper(loc, patterns);
        int size = patterns.size();
        // the unpacked items stay on the stack until their turn
        pc.onTop += size;
        for (PatternNode pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
    }

    /**
     * {@code pattern_helper_sequence_subscr}: with a {@code *_}, index the items wanted instead
     * of unpacking them all (from the end through a nonnegative index, as the subject may not
     * support negative ones).
     */
    private void sequenceSubscr(Location loc, List<PatternNode> patterns, int star, PatternContext pc) {
        pc.onTop++; // the subject, kept for indexing
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            PatternNode pattern = patterns.get(i);
            if (isWildcard(pattern) || i == star) {
                continue;
            }
            g.addopI(loc, Opcodes.COPY, 1);
            if (i < star) {
                g.loadConst(loc, PyInt.of(i));
            } else {
                g.addop(loc, Opcodes.GET_LEN);
                g.loadConst(loc, PyInt.of(size - i));
                g.addopI(loc, Opcodes.BINARY_OP, BinaryOps.NB_SUBTRACT);
            }
            g.addop(loc, Opcodes.BINARY_SUBSCR);
            subpattern(pattern, pc);
        }
        pc.onTop--;
        g.addop(loc, Opcodes.POP_TOP);
    }

    /** {@code compiler_pattern_mapping}: type and length checks, MATCH_KEYS, values, **rest. */
    private void mapping(PatternNode.MatchMapping p, PatternContext pc) {
        Location loc = Location.of(p);
        List<ExprNode> keys = p.keys;
        List<PatternNode> patterns = p.patterns;
        int size = keys.size();
        if (size != patterns.size()) {
            // the AST validator prevents this; CPython fails rather than crash
            throw CodeGen.error(loc, "keys (" + size + ") / patterns (" + patterns.size()
                    + ") length mismatch in mapping pattern");
        }
        String starTarget = p.rest;
        // the subject stays on top during the type and length checks
        pc.onTop++;
        g.addop(loc, Opcodes.MATCH_MAPPING);
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            // just "{}": done with the subject
            pc.onTop--;
            g.addop(loc, Opcodes.POP_TOP);
            return;
        }
        if (size > 0) {
            g.addop(loc, Opcodes.GET_LEN);
            g.loadConst(loc, PyInt.of(size));
            g.addCompare(loc, CmpopNode.GtE.INSTANCE);
            jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        }
        // the keys, literals (checked for duplicates) or dotted names, become one tuple
        MappingKeySet seen = new MappingKeySet();
        for (int i = 0; i < size; i++) {
            ExprNode key = keys.get(i);
            if (key == null) {
                throw CodeGen.error(Location.of(patterns.get(i)),
                        "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            if (key instanceof ExprNode.Constant) {
                PyObject constant = (PyObject) ((ExprNode.Constant) key).value;
                if (!seen.add(constant)) {
                    throw CodeGen.error(loc, "mapping pattern checks duplicate key (" + constant.repr() + ")");
                }
            } else if (!(key instanceof ExprNode.Attribute)) {
                throw CodeGen.error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            valueExpr(key);
        }
        g.addopI(loc, Opcodes.BUILD_TUPLE, size);
        g.addop(loc, Opcodes.MATCH_KEYS);
        // a tuple of keys and a tuple of values (or None) now sit on the subject
        pc.onTop += 2;
        g.addopI(loc, Opcodes.COPY, 1);
        g.loadConst(loc, PyNone.NONE);
        g.addopI(loc, Opcodes.IS_OP, 1);
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        // match the values against the sub-patterns
        g.addopI(loc, Opcodes.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (PatternNode pattern : patterns) {
            pc.onTop--;
            subpattern(pattern, pc);
        }
        // a match: what follows consumes the tuple of keys and the subject
        pc.onTop -= 2;
        if (starTarget != null) {
            // rest = dict(subject); then del rest[key] for each key
            g.addopI(loc, Opcodes.BUILD_MAP, 0);          // [subject, keys, empty]
            g.addopI(loc, Opcodes.SWAP, 3);               // [empty, keys, subject]
            g.addopI(loc, Opcodes.DICT_UPDATE, 2);        // [copy, keys]
            g.addopI(loc, Opcodes.UNPACK_SEQUENCE, size); // [copy, keys...]
            while (size > 0) {
                g.addopI(loc, Opcodes.COPY, 1 + size--);  // [copy, keys..., copy]
                g.addopI(loc, Opcodes.SWAP, 2);           // [copy, keys..., copy, key]
                g.addop(loc, Opcodes.DELETE_SUBSCR);      // [copy, keys...]
            }
            storeName(loc, starTarget, pc);
        } else {
            g.addop(loc, Opcodes.POP_TOP); // the tuple of keys
            g.addop(loc, Opcodes.POP_TOP); // the subject
        }
    }

    /** {@code validate_kwd_attrs}: a keyword may appear once (reported at the repeated one). */
    private static void validateKwdAttrs(List<String> attrs, List<PatternNode> patterns) {
        int n = attrs.size();
        // like CPython, report the first attribute (in order) that is repeated later
        java.util.Map<String, Integer> later = new java.util.HashMap<>();
        int[] nextSame = new int[n];
        for (int j = n - 1; j >= 0; j--) {
            Integer k = later.get(attrs.get(j));
            nextSame[j] = k == null ? -1 : k;
            later.put(attrs.get(j), j);
        }
        for (int i = 0; i < n; i++) {
            if (nextSame[i] >= 0) {
                throw CodeGen.error(Location.of(patterns.get(nextSame[i])),
                        "attribute name repeated in class pattern: " + attrs.get(i));
            }
        }
    }

    /** {@code compiler_pattern_class}: MATCH_CLASS gives the attributes, matched in order. */
    private void classPattern(PatternNode.MatchClass p, PatternContext pc) {
        Location loc = Location.of(p);
        List<PatternNode> patterns = p.patterns;
        List<String> kwdAttrs = p.kwdAttrs;
        List<PatternNode> kwdPatterns = p.kwdPatterns;
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        if (nattrs != kwdPatterns.size()) {
            // the AST validator prevents this; CPython fails rather than crash
            throw CodeGen.error(loc, "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern");
        }
        // CPython's "too many sub-patterns in class pattern" needs more than INT_MAX of them
        if (nattrs > 0) {
            validateKwdAttrs(kwdAttrs, kwdPatterns);
        }
        valueExpr(p.cls);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = PyStr.of(kwdAttrs.get(i));
        }
        g.loadConst(loc, PyTuple.wrap(names));
        g.addopI(loc, Opcodes.MATCH_CLASS, nargs);
        g.addopI(loc, Opcodes.COPY, 1);
        g.loadConst(loc, PyNone.NONE);
        g.addopI(loc, Opcodes.IS_OP, 1);
        // on top: a tuple of the nargs + nattrs attributes, or None
        pc.onTop++;
        jumpToFailPop(loc, pc, Opcodes.POP_JUMP_IF_FALSE);
        g.addopI(loc, Opcodes.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            PatternNode pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(pattern)) {
                g.addop(loc, Opcodes.POP_TOP);
                continue;
            }
            subpattern(pattern, pc);
        }
    }

    /**
     * {@code compiler_pattern_or}: each alternative matches a copy of the subject with its own
     * stores and failure labels; their captures are reordered to the first alternative's order,
     * then rotated under what the enclosing pattern keeps.
     */
    private void or(PatternNode.MatchOr p, PatternContext pc) {
        Location loc = Location.of(p);
        int end = g.newLabel();
        int size = p.patterns.size();
        PatternContext old = pc.copy();
        // the names bound by the first alternative: the others must bind the same, in its order
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            PatternNode alt = p.patterns.get(i);
            Location altLoc = Location.of(alt);
            // an irrefutable alternative must be last, if allowed at all
            pc.reset(i == size - 1 && old.allowIrrefutable);
            g.addopI(altLoc, Opcodes.COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw differentNames(loc);
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    int istores = pc.stores.indexOf(control.get(icontrol));
                    if (istores < 0) {
                        throw differentNames(loc);
                    }
                    if (icontrol != istores) {
                        // move stores[:istores + 1] to just before index icontrol - istores
                        // (of what is left), and the same on the stack by rotations
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(altLoc, icontrol + 1);
                        }
                    }
                }
            }
            g.addopJump(altLoc, Opcodes.JUMP, end);
            emitAndResetFailPop(altLoc, pc);
        }
        pc.restore(old);
        // no alternative matched: pop the copy of the subject and fail
        g.addop(loc, Opcodes.POP_TOP);
        jumpToFailPop(loc, pc, Opcodes.JUMP);
        g.useLabel(end);
        int nstores = control.size();
        // between the new captures and their place: the other new captures, the subject's copy,
        // the items on top and the captures made before this or-pattern
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw duplicateStore(loc, name);
            }
            pc.stores.add(name);
        }
        g.addop(loc, Opcodes.POP_TOP); // the copy of the subject
    }

    private static RuntimeException differentNames(Location loc) {
        return CodeGen.error(loc, "alternative patterns bind different names");
    }

    // ---- the expressions a pattern holds ----------------------------------------------------

    /** A literal, a dotted name or a class: {@code compiler_visit_expr}. */
    private void valueExpr(ExprNode e) {
        g.visitExpr(e);
    }
}
