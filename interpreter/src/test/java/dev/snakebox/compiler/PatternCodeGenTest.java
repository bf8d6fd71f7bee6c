package dev.snakebox.compiler;

import static dev.snakebox.compiler.Listing.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.snakebox.ast.ExprNode;
import dev.snakebox.ast.PatternNode;
import dev.snakebox.ast.StmtNode;
import dev.snakebox.lexer.SourceError;
import org.junit.jupiter.api.Test;

/**
 * The match statement's instructions before optimisation: the stack bookkeeping of
 * {@code compiler_pattern*} (captures rotated under the items in use, stored only after the whole
 * pattern matched; the fail_pop chains; or-pattern reordering), which the flow-graph optimiser
 * later hides in the {@code -m dis} goldens.
 */
class PatternCodeGenTest {
    private static String codegen(String source) {
        return Listing.of(Listing.codegen(source).seq);
    }

    @Test
    void orPatternReordersTheCapturesToTheFirstAlternativesOrder() {
        // [b, a] stores b then a; to match control [a, b] one SWAP 2 moves b above a. At the end,
        // two rotations of 3 put both captures under the subject's copy.
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "COPY 1 @2",
                "MATCH_SEQUENCE @2",
                "POP_JUMP_IF_FALSE ->13 @2",
                "GET_LEN @2",
                "LOAD_CONST 0 @2",
                "COMPARE_OP 72 @2",
                "POP_JUMP_IF_FALSE ->13 @2",
                "UNPACK_SEQUENCE 2 @2",
                "SWAP 2 @2",
                "SWAP 2 @2",
                "JUMP ->29 @2",
                "POP_TOP @2",
                "COPY 1 @2",
                "MATCH_SEQUENCE @2",
                "POP_JUMP_IF_FALSE ->26 @2",
                "GET_LEN @2",
                "LOAD_CONST 0 @2",
                "COMPARE_OP 72 @2",
                "POP_JUMP_IF_FALSE ->26 @2",
                "UNPACK_SEQUENCE 2 @2",
                "SWAP 2 @2",
                "SWAP 2 @2",
                "SWAP 2 @2",
                "JUMP ->29 @2",
                "POP_TOP @2",
                "POP_TOP @2",
                "JUMP ->38 @2",
                "SWAP 3 @2",
                "SWAP 2 @2",
                "SWAP 3 @2",
                "SWAP 2 @2",
                "POP_TOP @2",
                "STORE_NAME 1 @2",
                "STORE_NAME 2 @2",
                "NOP @3",
                "JUMP ->38 @-",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("match x:\n    case [a, b] | [b, a]:\n        pass\n"));
    }

    @Test
    void starWildcardIndexesFromBothEnds() {
        // the item after *_ is subject[len(subject) - 1]: the subject may not take negative indices
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "MATCH_SEQUENCE @2",
                "POP_JUMP_IF_FALSE ->24 @2",
                "GET_LEN @2",
                "LOAD_CONST 0 @2",
                "COMPARE_OP 172 @2",
                "POP_JUMP_IF_FALSE ->24 @2",
                "COPY 1 @2",
                "LOAD_CONST 1 @2",
                "BINARY_SUBSCR @2",
                "SWAP 2 @2",
                "COPY 1 @2",
                "GET_LEN @2",
                "LOAD_CONST 2 @2",
                "BINARY_OP 10 @2",
                "BINARY_SUBSCR @2",
                "SWAP 3 @2",
                "SWAP 2 @2",
                "POP_TOP @2",
                "STORE_NAME 1 @2",
                "STORE_NAME 2 @2",
                "NOP @3",
                "JUMP ->25 @-",
                "POP_TOP @2",
                "LOAD_CONST 3 @-",
                "RETURN_VALUE @-"), codegen("match x:\n    case [a, *_, b]:\n        pass\n"));
    }

    @Test
    void guardFailureSkipsToTheNextCaseAndATrailingWildcardNeedsNoCopy() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "MATCH_SEQUENCE @2",
                "POP_JUMP_IF_FALSE ->15 @2",
                "GET_LEN @2",
                "LOAD_CONST 0 @2",
                "COMPARE_OP 72 @2",
                "POP_JUMP_IF_FALSE ->15 @2",
                "UNPACK_SEQUENCE 1 @2",
                "STORE_NAME 1 @2",
                "LOAD_NAME 1 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_FALSE ->16 @2",
                "NOP @3",
                "JUMP ->18 @-",
                "POP_TOP @2",
                "NOP @4",
                "NOP @5",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("match x:\n    case [a] if a:\n        pass\n    case _:\n        pass\n"));
    }

    @Test
    void doubleStarRestCopiesTheMappingAndDeletesTheMatchedKeys() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "MATCH_MAPPING @2",
                "POP_JUMP_IF_FALSE ->32 @2",
                "GET_LEN @2",
                "LOAD_CONST 0 @2",
                "COMPARE_OP 172 @2",
                "POP_JUMP_IF_FALSE ->32 @2",
                "LOAD_CONST 1 @2",
                "BUILD_TUPLE 1 @2",
                "MATCH_KEYS @2",
                "COPY 1 @2",
                "LOAD_CONST 2 @2",
                "IS_OP 1 @2",
                "POP_JUMP_IF_FALSE ->30 @2",
                "UNPACK_SEQUENCE 1 @2",
                "SWAP 3 @2",
                "SWAP 2 @2",
                "BUILD_MAP 0 @2",
                "SWAP 3 @2",
                "DICT_UPDATE 2 @2",
                "UNPACK_SEQUENCE 1 @2",
                "COPY 2 @2",
                "SWAP 2 @2",
                "DELETE_SUBSCR @2",
                "SWAP 2 @2",
                "STORE_NAME 1 @2",
                "STORE_NAME 2 @2",
                "NOP @3",
                "JUMP ->33 @-",
                "POP_TOP @2",
                "POP_TOP @2",
                "POP_TOP @2",
                "LOAD_CONST 2 @-",
                "RETURN_VALUE @-"), codegen("match x:\n    case {\"k\": v, **rest}:\n        pass\n"));
    }

    @Test
    void classPatternFailurePopsTheAttributesAndTheAsCopy() {
        assertEquals(lines(
                "RESUME 0 @0",
                "LOAD_NAME 0 @1",
                "COPY 1 @2",
                "LOAD_NAME 1 @2",
                "LOAD_CONST 0 @2",
                "MATCH_CLASS 1 @2",
                "COPY 1 @2",
                "LOAD_CONST 1 @2",
                "IS_OP 1 @2",
                "POP_JUMP_IF_FALSE ->19 @2",
                "UNPACK_SEQUENCE 2 @2",
                "LOAD_CONST 2 @2",
                "COMPARE_OP 72 @2",
                "TO_BOOL @2",
                "POP_JUMP_IF_FALSE ->19 @2",
                "POP_TOP @2",
                "STORE_NAME 2 @2",
                "NOP @3",
                "JUMP ->21 @-",
                "POP_TOP @2",
                "POP_TOP @2",
                "LOAD_CONST 1 @-",
                "RETURN_VALUE @-"), codegen("match x:\n    case C(1, y=_) as c:\n        pass\n"));
    }

    @Test
    void errorsPointAtTheOffendingPattern() {
        SourceError e = assertThrows(SourceError.class,
                () -> Listing.codegen("match x:\n    case [a, (b, a)]:\n        pass\n"));
        assertEquals("multiple assignments to name 'a' in pattern", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(18, e.offset);
        e = assertThrows(SourceError.class,
                () -> Listing.codegen("match x:\n    case {1: a, 1.0: b}:\n        pass\n"));
        assertEquals("mapping pattern checks duplicate key (1.0)", e.msg);
        assertEquals(10, e.offset);
        e = assertThrows(SourceError.class,
                () -> Listing.codegen("match x:\n    case _:\n        pass\n    case 1:\n        pass\n"));
        assertEquals("wildcard makes remaining patterns unreachable", e.msg);
    }

    @Test
    void attributeOnALaterLineIsLocatedAtItsName() {
        StmtNode.Match m = (StmtNode.Match) Listing.parse("match x:\n    case (a\n      .bc):\n        pass\n").body.get(0);
        ExprNode.Attribute attr = (ExprNode.Attribute) ((PatternNode.MatchValue) m.cases.get(0).pattern).value;
        assertEquals("3:7-3:9", AccessCodeGen.matchAttr(Location.of(attr), attr).toString());
        m = (StmtNode.Match) Listing.parse("match x:\n    case a.bc:\n        pass\n").body.get(0);
        attr = (ExprNode.Attribute) ((PatternNode.MatchValue) m.cases.get(0).pattern).value;
        assertEquals("2:9-2:13", AccessCodeGen.matchAttr(Location.of(attr), attr).toString());
    }
}
