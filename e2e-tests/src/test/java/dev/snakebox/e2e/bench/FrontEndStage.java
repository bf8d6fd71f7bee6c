package dev.snakebox.e2e.bench;

/**
 * What the front-end benchmark times on the generated file, each stage including those before it:
 * parsing, parsing and dumping the tree as {@code -m ast} does, compiling to a code object, and
 * compiling and disassembling as {@code -m dis} does. The browser engines can only be timed on the
 * requests the JS API has: {@code py.ast} (dump) and {@code py.dis} (disassembly).
 */
enum FrontEndStage {
    PARSE("parse", null),
    DUMP("parse + dump", "ast"),
    COMPILE("compile", null),
    DIS("compile + dis", "dis");

    /** The row's label in the report. */
    final String label;
    /** The JS API request that does this stage in the browser, or null if none does. */
    final String browserRequest;

    FrontEndStage(String label, String browserRequest) {
        this.label = label;
        this.browserRequest = browserRequest;
    }
}
