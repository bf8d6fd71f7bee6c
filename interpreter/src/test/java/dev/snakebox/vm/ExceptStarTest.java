package dev.snakebox.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ExceptStar}: CHECK_EG_MATCH and PREP_RERAISE_STAR as CPython combines their results. */
class ExceptStarTest {
    private static String last(Runs r) {
        return r.out;
    }

    @Test
    void clausesTakeTheirParts() {
        Runs r = Runs.run("try:\n    raise ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)])\n"
                + "except* ValueError as e:\n    print(repr(e))\nexcept* TypeError as e:\n    print(repr(e))\n");
        assertEquals("ExceptionGroup('g', [ValueError(1), ValueError(3)])\nExceptionGroup('g', [TypeError(2)])\n", last(r));
    }

    @Test
    void nakedExceptionIsWrapped() {
        Runs r = Runs.run("try:\n    raise ValueError('v')\nexcept* ValueError as e:\n    print(repr(e))\n");
        assertEquals("ExceptionGroup('', (ValueError('v'),))\n", r.out);
    }

    @Test
    void reraiseKeepsTheOriginalAndNewOnesJoinANewGroup() {
        Runs r = Runs.run("try:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n"
                + "    except* ValueError:\n        raise\nexcept ExceptionGroup as e:\n    print(repr(e))\n"
                + "try:\n    try:\n        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])\n"
                + "    except* ValueError:\n        raise KeyError(3)\nexcept ExceptionGroup as e:\n    print(repr(e))\n");
        assertEquals("ExceptionGroup('g', [ValueError(1), TypeError(2)])\n"
                + "ExceptionGroup('', [KeyError(3), ExceptionGroup('g', [TypeError(2)])])\n", r.out);
    }

    @Test
    void groupTypesAreRefused() {
        Runs r = Runs.run("try:\n    try:\n        raise ExceptionGroup('g', [ValueError()])\n    except* ExceptionGroup:\n        pass\n"
                + "except TypeError as e:\n    print(e)\n");
        assertEquals("catching ExceptionGroup with except* is not allowed. Use except instead.\n", r.out);
    }
}
