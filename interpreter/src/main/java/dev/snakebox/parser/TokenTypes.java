package dev.snakebox.parser;

import dev.snakebox.lexer.Token;

/**
 * The parser's token types: CPython's token numbers as the generated parser sees them
 * ({@code Include/internal/pycore_token.h} plus one type per keyword, as {@code Parser/parser.c}
 * numbers them). Every token is classified once, when the parser first reads it, so that rules
 * compare ints rather than strings.
 */
final class TokenTypes {
    private TokenTypes() {}

    static final int ENDMARKER = 0;
    /** An identifier that is not a keyword (soft keywords are NAMEs). */
    static final int NAME = 1;
    static final int NUMBER = 2;
    static final int STRING = 3;
    static final int NEWLINE = 4;
    static final int INDENT = 5;
    static final int DEDENT = 6;
    static final int FSTRING_START = 7;
    static final int FSTRING_MIDDLE = 8;
    static final int FSTRING_END = 9;
    static final int TYPE_COMMENT = 10;
    /** A character the grammar has no place for ({@code $}, {@code ?}, a backquote). */
    static final int OP_OTHER = 11;

    // operators
    static final int LPAR = 20;
    static final int RPAR = 21;
    static final int LSQB = 22;
    static final int RSQB = 23;
    static final int COLON = 24;
    static final int COMMA = 25;
    static final int SEMI = 26;
    static final int PLUS = 27;
    static final int MINUS = 28;
    static final int STAR = 29;
    static final int SLASH = 30;
    static final int VBAR = 31;
    static final int AMPER = 32;
    static final int LESS = 33;
    static final int GREATER = 34;
    static final int EQUAL = 35;
    static final int DOT = 36;
    static final int PERCENT = 37;
    static final int LBRACE = 38;
    static final int RBRACE = 39;
    static final int EQEQUAL = 40;
    static final int NOTEQUAL = 41;
    static final int LESSEQUAL = 42;
    static final int GREATEREQUAL = 43;
    static final int TILDE = 44;
    static final int CIRCUMFLEX = 45;
    static final int LEFTSHIFT = 46;
    static final int RIGHTSHIFT = 47;
    static final int DOUBLESTAR = 48;
    static final int PLUSEQUAL = 49;
    static final int MINEQUAL = 50;
    static final int STAREQUAL = 51;
    static final int SLASHEQUAL = 52;
    static final int PERCENTEQUAL = 53;
    static final int AMPEREQUAL = 54;
    static final int VBAREQUAL = 55;
    static final int CIRCUMFLEXEQUAL = 56;
    static final int LEFTSHIFTEQUAL = 57;
    static final int RIGHTSHIFTEQUAL = 58;
    static final int DOUBLESTAREQUAL = 59;
    static final int DOUBLESLASH = 60;
    static final int DOUBLESLASHEQUAL = 61;
    static final int AT = 62;
    static final int ATEQUAL = 63;
    static final int RARROW = 64;
    static final int ELLIPSIS = 65;
    static final int COLONEQUAL = 66;
    static final int EXCLAMATION = 67;

    // keywords (keyword.kwlist)
    static final int KW_FALSE = 100;
    static final int KW_NONE = 101;
    static final int KW_TRUE = 102;
    static final int AND = 103;
    static final int AS = 104;
    static final int ASSERT = 105;
    static final int ASYNC = 106;
    static final int AWAIT = 107;
    static final int BREAK = 108;
    static final int CLASS = 109;
    static final int CONTINUE = 110;
    static final int DEF = 111;
    static final int DEL = 112;
    static final int ELIF = 113;
    static final int ELSE = 114;
    static final int EXCEPT = 115;
    static final int FINALLY = 116;
    static final int FOR = 117;
    static final int FROM = 118;
    static final int GLOBAL = 119;
    static final int IF = 120;
    static final int IMPORT = 121;
    static final int IN = 122;
    static final int IS = 123;
    static final int LAMBDA = 124;
    static final int NONLOCAL = 125;
    static final int NOT = 126;
    static final int OR = 127;
    static final int PASS = 128;
    static final int RAISE = 129;
    static final int RETURN = 130;
    static final int TRY = 131;
    static final int WHILE = 132;
    static final int WITH = 133;
    static final int YIELD = 134;

    static boolean isKeyword(int type) {
        return type >= KW_FALSE;
    }

    /** The type of a token as the lexer made it. */
    static int classify(Token t) {
        switch (t.kind) {
            case ENDMARKER: return ENDMARKER;
            case NAME: return t.written != null ? NAME : keyword(t.text);
            case NUMBER: return NUMBER;
            case STRING: return STRING;
            case NEWLINE: return NEWLINE;
            case INDENT: return INDENT;
            case DEDENT: return DEDENT;
            case FSTRING_START: return FSTRING_START;
            case FSTRING_MIDDLE: return FSTRING_MIDDLE;
            case FSTRING_END: return FSTRING_END;
            case TYPE_COMMENT: return TYPE_COMMENT;
            case OP: return operator(t.text);
            default: return OP_OTHER;
        }
    }

    private static int keyword(String s) {
        switch (s) {
            case "False": return KW_FALSE;
            case "None": return KW_NONE;
            case "True": return KW_TRUE;
            case "and": return AND;
            case "as": return AS;
            case "assert": return ASSERT;
            case "async": return ASYNC;
            case "await": return AWAIT;
            case "break": return BREAK;
            case "class": return CLASS;
            case "continue": return CONTINUE;
            case "def": return DEF;
            case "del": return DEL;
            case "elif": return ELIF;
            case "else": return ELSE;
            case "except": return EXCEPT;
            case "finally": return FINALLY;
            case "for": return FOR;
            case "from": return FROM;
            case "global": return GLOBAL;
            case "if": return IF;
            case "import": return IMPORT;
            case "in": return IN;
            case "is": return IS;
            case "lambda": return LAMBDA;
            case "nonlocal": return NONLOCAL;
            case "not": return NOT;
            case "or": return OR;
            case "pass": return PASS;
            case "raise": return RAISE;
            case "return": return RETURN;
            case "try": return TRY;
            case "while": return WHILE;
            case "with": return WITH;
            case "yield": return YIELD;
            default: return NAME;
        }
    }

    private static int operator(String s) {
        switch (s) {
            case "(": return LPAR;
            case ")": return RPAR;
            case "[": return LSQB;
            case "]": return RSQB;
            case ":": return COLON;
            case ",": return COMMA;
            case ";": return SEMI;
            case "+": return PLUS;
            case "-": return MINUS;
            case "*": return STAR;
            case "/": return SLASH;
            case "|": return VBAR;
            case "&": return AMPER;
            case "<": return LESS;
            case ">": return GREATER;
            case "=": return EQUAL;
            case ".": return DOT;
            case "%": return PERCENT;
            case "{": return LBRACE;
            case "}": return RBRACE;
            case "==": return EQEQUAL;
            case "!=": return NOTEQUAL;
            case "<=": return LESSEQUAL;
            case ">=": return GREATEREQUAL;
            case "~": return TILDE;
            case "^": return CIRCUMFLEX;
            case "<<": return LEFTSHIFT;
            case ">>": return RIGHTSHIFT;
            case "**": return DOUBLESTAR;
            case "+=": return PLUSEQUAL;
            case "-=": return MINEQUAL;
            case "*=": return STAREQUAL;
            case "/=": return SLASHEQUAL;
            case "%=": return PERCENTEQUAL;
            case "&=": return AMPEREQUAL;
            case "|=": return VBAREQUAL;
            case "^=": return CIRCUMFLEXEQUAL;
            case "<<=": return LEFTSHIFTEQUAL;
            case ">>=": return RIGHTSHIFTEQUAL;
            case "**=": return DOUBLESTAREQUAL;
            case "//": return DOUBLESLASH;
            case "//=": return DOUBLESLASHEQUAL;
            case "@": return AT;
            case "@=": return ATEQUAL;
            case "->": return RARROW;
            case "...": return ELLIPSIS;
            case ":=": return COLONEQUAL;
            case "!": return EXCLAMATION;
            default: return OP_OTHER;
        }
    }
}
