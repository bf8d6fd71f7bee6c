package dev.snakebox.objects;

/**
 * What a traceback needs of a code object, so the object model does not depend on the bytecode
 * package: its file, its name, and the source span of each instruction.
 */
public interface PyCodeRef {
    String filename();

    String qualname();

    /** {@code co_name}, which tracebacks show. */
    String name();

    /** Start line, end line, start column, end column (UTF-8 bytes) of instruction {@code i}; -1 when unknown. */
    int[] positions(int instrIndex);
}
