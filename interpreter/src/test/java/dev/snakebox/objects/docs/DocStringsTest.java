package dev.snakebox.objects.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocStringsTest {

    @Test
    void builtinFunctionHasCPythonsDocAndTextSignature() {
        assertEquals("Return the number of items in a container.", DocStrings.doc("len"));
        assertEquals("($module, obj, /)", DocStrings.textSignature("len"));
    }

    @Test
    void typeDocKeepsItsSignatureLinesWhenCPythonHasNoTextSignature() {
        assertTrue(DocStrings.doc("int").startsWith("int([x]) -> integer\nint(x, base=10) -> integer\n"));
        assertNull(DocStrings.textSignature("int"));
        assertEquals("(object=False, /)", DocStrings.textSignature("bool"));
    }

    @Test
    void repeatedDocsResolveToTheSameText() {
        // slot wrappers share slotdefs' text; the data stores it once and refers back to it
        assertEquals("Return self+value.", DocStrings.doc("int.__add__"));
        assertEquals(DocStrings.doc("int.__add__"), DocStrings.doc("float.__add__"));
        assertEquals("($self, value, /)", DocStrings.textSignature("float.__add__"));
    }

    @Test
    void signatureWithoutDocIsRecordedWithANullDoc() {
        assertEquals("($self, /)", DocStrings.textSignature("int.__getnewargs__"));
        assertNull(DocStrings.doc("int.__getnewargs__"));
    }

    @Test
    void unknownKeysHaveNothing() {
        assertNull(DocStrings.doc("no_such_function"));
        assertNull(DocStrings.textSignature("int.no_such_method"));
    }

    @Test
    void slotKeyFallsBackToAnotherTypesWrapperOfTheSameSlot() {
        assertNull(DocStrings.doc("bytearray.__bool__")); // CPython's bytearray has no __bool__ of its own
        assertEquals("True if self else False", DocStrings.doc(DocStrings.slotKey("bytearray", "__bool__")));
        assertEquals("int.__add__", DocStrings.slotKey("int", "__add__"));
    }

    @Test
    void methodDocsAreKeyedByTypeAndName() {
        assertEquals("Append object to the end of the list.", DocStrings.doc(DocStrings.attrKey("list", "append")));
        assertNotNull(DocStrings.doc("str.split"));
        assertEquals("($self, /, sep=None, maxsplit=-1)", DocStrings.textSignature("str.split"));
    }
}
