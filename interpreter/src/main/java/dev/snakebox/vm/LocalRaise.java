package dev.snakebox.vm;

/**
 * Whether an exception raised at an instruction would find its handler without leaving the loop
 * that runs it: in its frame's exception table or in a caller's, up to the loop's entry frame
 * (the walk {@code exception_unwind} does, without changing anything). When it would, the
 * loop's {@code RAISE_VARARGS} unwinds in place instead of throwing a Java exception: throwing
 * is what makes exceptions expensive in the browser (TeaVM's JS backend builds a JS error, with
 * its stack trace, for each throw).
 */
final class LocalRaise {
    private LocalRaise() {}

    static boolean handled(Frame f, int start) {
        int at = start;
        while (true) {
            if (f.info.handlerFor(at) >= 0) {
                return true;
            }
            if (f.entry || f.back == null) {
                return false;
            }
            f = f.back;
            at = f.lasti;
        }
    }
}
