package dev.snakebox.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/** The leading {@code from __future__} imports ({@link FutureFeatures}, CPython's future.c). */
class FutureFeaturesTest {
    @Test
    void annotationsIsOnlyTurnedOnByALeadingImport() {
        assertTrue(FutureFeatures.of(Listing.parse("'doc'\nfrom __future__ import annotations\n")).annotations);
        assertFalse(FutureFeatures.of(Listing.parse("import x\nfrom __future__ import annotations\n")).annotations);
        assertFalse(FutureFeatures.of(Listing.parse("from __future__ import division\n")).annotations);
    }

    @Test
    void theLastLeadingImportBoundsWhereOthersMayStand() {
        FutureFeatures ff = FutureFeatures.of(Listing.parse("from __future__ import annotations\nx = 1\n"));
        assertFalse(ff.isAfterLeadingImports(1, 0));
        assertTrue(ff.isAfterLeadingImports(2, 0));
    }

    @Test
    void unknownFeaturesAreErrorsAtTheirName() {
        SourceError e = assertThrows(SourceError.class,
                () -> FutureFeatures.of(Listing.parse("from __future__ import braces\n")));
        assertEquals("not a chance", e.msg);
        assertEquals(24, e.offset);
        e = assertThrows(SourceError.class, () -> FutureFeatures.of(Listing.parse("from __future__ import spam\n")));
        assertEquals("future feature spam is not defined", e.msg);
    }
}
