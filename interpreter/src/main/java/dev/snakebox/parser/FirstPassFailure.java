package dev.snakebox.parser;

/**
 * Thrown in the parser's first pass where an {@code invalid_} rule of the f-string grammar would
 * match: in CPython those rules only run in the second pass, so the first pass just fails there
 * and the second one, with every {@code invalid_} rule on, decides which error is reported (an
 * {@code invalid_expression} inside the replacement field comes before the f-string's own).
 * Nothing can parse past a broken f-string, so failing the whole first pass at once is what
 * failing rule by rule would come to.
 */
final class FirstPassFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FirstPassFailure() {
        super(null, null, false, false);
    }
}
