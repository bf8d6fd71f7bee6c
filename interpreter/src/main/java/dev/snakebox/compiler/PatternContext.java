package dev.snakebox.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * The state threaded through the compilation of one case's pattern; CPython 3.13's
 * {@code pattern_context} ({@code Python/compile.c}).
 *
 * <p>Every pattern routine consumes its subject from the top of the stack and jumps to a
 * {@code failPop} label on failure. Captured values are not stored as they are found: they are
 * kept on the stack, underneath the {@code onTop} items still in use, and stored only once the
 * whole pattern has matched, in the order of {@code stores}.
 */
final class PatternContext {
    /** The names captured so far, in the order their values sit on the stack (deepest first). */
    List<String> stores = new ArrayList<>();
    /** Whether an irrefutable pattern (capture or wildcard) is allowed here. */
    boolean allowIrrefutable;
    /**
     * {@code fail_pop}: label {@code i} pops {@code i} items and falls through to label
     * {@code i - 1}; label 0 is where the failed pattern continues. Created on demand.
     */
    List<Integer> failPop = new ArrayList<>();
    /** Items on top of the stack the pattern being compiled must keep (popped on failure). */
    int onTop;

    /** A fresh context for one case, or one alternative of an or-pattern. */
    void reset(boolean allowIrrefutable) {
        this.stores = new ArrayList<>();
        this.allowIrrefutable = allowIrrefutable;
        this.failPop = new ArrayList<>();
        this.onTop = 0;
    }

    /** A shallow copy, as CPython's struct assignment {@code old_pc = *pc}. */
    PatternContext copy() {
        PatternContext c = new PatternContext();
        c.stores = stores;
        c.allowIrrefutable = allowIrrefutable;
        c.failPop = failPop;
        c.onTop = onTop;
        return c;
    }

    /** Restores a copy taken by {@link #copy()} ({@code *pc = old_pc}). */
    void restore(PatternContext old) {
        stores = old.stores;
        allowIrrefutable = old.allowIrrefutable;
        failPop = old.failPop;
        onTop = old.onTop;
    }
}
