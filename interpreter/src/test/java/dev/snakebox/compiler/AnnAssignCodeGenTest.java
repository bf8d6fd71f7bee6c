package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Annotated assignments before optimisation ({@link AnnAssignCodeGen}). */
class AnnAssignCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void anAttributeTargetWithoutValueEvaluatesItsObjectThenTheAnnotation() {
        // check_ann_expr on the object, then check_annotation; SETUP_ANNOTATIONS first
        assertEquals(lines(
                "RESUME 0 @0",
                "SETUP_ANNOTATIONS @1",
                "LOAD_NAME 0 @1",
                "POP_TOP @1",
                "LOAD_NAME 1 @1",
                "POP_TOP @1",
                "LOAD_CONST 0 @-",
                "RETURN_VALUE @-"), codegen("x.y: int\n"));
    }
}
