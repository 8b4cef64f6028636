package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Rust as Hugo's Chroma highlights it: the name after {@code fn}, {@code mod}, {@code struct}/{@code enum}/
 * {@code type} and after {@code :} or {@code ->} is typed (function, namespace, class); prelude types and traits
 * are builtins; numbers may carry a type suffix (a keyword); {@code println!("...")} and friends lex their format
 * string with {@code {}} interpolations; attributes are preprocessor comments; ALL_CAPS names are constants.
 */
final class RustLexer {
    private RustLexer() {}

    private static final String KEYWORDS =
            "as|async|await|box|const|crate|dyn|else|extern|for|if|impl|in|loop|match|move"
                    + "|mut|pub|ref|return|static|super|trait|unsafe|use|where|while";
    private static final String RESERVED =
            "abstract|become|do|final|macro|override|priv|try|typeof|unsized|virtual|yield";
    private static final String TYPES = "bool|char|str|i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64";
    private static final String PRELUDE =
            "Box|Clone|Copy|Default|DoubleEndedIterator|Drop|drop|Eq|Err|ExactSizeIterator"
                    + "|Extend|Fn|FnMut|FnOnce|From|Into|IntoIterator|Iterator|None|Ok|Option|Ord|PartialEq|PartialOrd|Result"
                    + "|Send|Sized|Some|String|Sync|ToOwned|ToString|Unpin|Vec|AsMut|AsRef";
    private static final String ESCAPE =
            "\\\\['\"\\\\nrt]|\\\\(?=\\n)|\\\\x[0-7][0-9a-fA-F]|\\\\0|\\\\u\\{[0-9a-fA-F]{1,6}\\}";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("rust");
        b.state("string").rule("\"", STRING, "#pop").rule(ESCAPE, STRING_ESCAPE).rule("[^\\\\\"]+|\\\\", STRING);
        b.state("format-string")
                .rule("\"", STRING, "#pop")
                .rule(ESCAPE + "|\\{\\{|\\}\\}", STRING_ESCAPE)
                .rule("\\{[^}]*\\}", STRING_INTERPOL)
                .rule("[^\\\\\"{}]+|\\\\", STRING);
        b.state("byte-string").rule("\\\\x[89a-fA-F][0-9a-fA-F]", STRING_ESCAPE).include("string");
        b.state("attribute")
                .rule("\"", STRING, "string")
                .rule("\\[", COMMENT_PREPROC, "attribute")
                .rule("\\]", COMMENT_PREPROC, "#pop")
                .rule("[^\"\\]\\[]+", COMMENT_PREPROC);
        for (String[] nested : new String[][] {{"comment", "COMMENT_MULTILINE"}, {"doc-comment", "STRING_DOC"}}) {
            TokenType type = TokenType.valueOf(nested[1]);
            b.state(nested[0])
                    .rule("[^*/]+", type)
                    .rule("/\\*", type, "#push")
                    .rule("\\*/", type, "#pop")
                    .rule("[*/]", type);
        }
        b.state("module-name")
                .rule("\\s+", TEXT)
                .rule("[a-zA-Z_]\\w*", NAME_NAMESPACE, "#pop")
                .rule("", TEXT, "#pop");
        b.state("function-name")
                .rule("\\s+", TEXT)
                .rule("[a-zA-Z_]\\w*", NAME_FUNCTION, "#pop")
                .rule("", TEXT, "#pop");
        b.state("lifetime").rule("[a-zA-Z_]+\\w*", NAME_ATTRIBUTE).rule("", TEXT, "#pop");
        b.state("number-suffix")
                .rule("[ui](?:8|16|32|64|size)|f(?:32|64)", KEYWORD, "#pop")
                .rule("", TEXT, "#pop");
        b.state("type-name")
                .rule("\\s+", TEXT)
                .rule("&", KEYWORD_PSEUDO)
                .rule("'(?:static|_)", NAME_BUILTIN)
                .rule("'", NAME_ATTRIBUTE, "lifetime")
                .rule("(?:" + PRELUDE + ")\\b", NAME_BUILTIN)
                .rule("(?:" + TYPES + ")\\b", KEYWORD_TYPE)
                .rule("[a-zA-Z_]\\w*", NAME_CLASS, "#pop")
                .rule("", TEXT, "#pop");
        b.state("base")
                .rule("\\s+", WHITESPACE)
                .rule("//!.*?\\n|///(?:\\n|[^/].*?\\n)", STRING_DOC)
                .rule("//.*?\\n", COMMENT_SINGLE)
                .rule("/\\*\\*(?:\\n|[^/*])|/\\*!", STRING_DOC, "doc-comment")
                .rule("/\\*", COMMENT_MULTILINE, "comment")
                .rule("\"", STRING, "string")
                .rule("\\$(?:[a-zA-Z_]\\w*|\\(,?|\\),?|,?)", COMMENT_PREPROC)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .rule("(?:" + RESERVED + ")\\b", KEYWORD_RESERVED)
                .rule("(?:true|false)\\b", KEYWORD_CONSTANT)
                .rule("self\\b", NAME_BUILTIN_PSEUDO)
                .rule("mod\\b", KEYWORD, "module-name")
                .rule("let\\b", KEYWORD_DECLARATION)
                .rule("fn\\b", KEYWORD, "function-name")
                .rule("(?:struct|enum|type|union)\\b", KEYWORD, "type-name")
                .groups("(default)(\\s+)(type|fn)\\b", KEYWORD, TEXT, KEYWORD)
                .rule("(?:" + TYPES + ")\\b", KEYWORD_TYPE)
                .rule("[sS]elf\\b", NAME_BUILTIN_PSEUDO)
                .rule("(?:" + PRELUDE + ")\\b", NAME_BUILTIN)
                .rule("::\\b", TEXT)
                .rule(":|->", TEXT, "type-name")
                .groups("(break|continue)(\\b\\s*)('[A-Za-z_]\\w*)?", KEYWORD, WHITESPACE, NAME_LABEL)
                .rule("'(?:" + ESCAPE.replace("|\\\\(?=\\n)", "") + "|.)'", STRING_CHAR)
                .groups("(b)('(?:\\\\['\"\\\\nrt]|\\\\x[0-9a-fA-F]{2}|\\\\0|.)')", STRING_AFFIX, STRING_CHAR)
                .rule("0b[01_]+", NUMBER_BIN, "number-suffix")
                .rule("0o[0-7_]+", NUMBER_OCT, "number-suffix")
                .rule("0[xX][0-9a-fA-F_]+", NUMBER_HEX, "number-suffix")
                .rule(
                        "[0-9][0-9_]*(?:\\.[0-9_]+[eE][+\\-]?[0-9_]+|\\.[0-9_]*(?!\\.)|[eE][+\\-]?[0-9_]+)",
                        NUMBER_FLOAT,
                        "number-suffix")
                .rule("[0-9][0-9_]*", NUMBER_INTEGER, "number-suffix")
                .action("(b)(\")", "byte-string", STRING_AFFIX, STRING)
                .groups("(?s)(b?r)(#*)(\".*?\"\\2)", STRING_AFFIX, STRING, STRING)
                .rule("'(?:static|_)", NAME_BUILTIN)
                .rule("'", NAME_ATTRIBUTE, "lifetime")
                .rule("\\.\\.=?", OPERATOR)
                .rule("[{}()\\[\\],.;]", PUNCTUATION)
                .rule("[+\\-*/%&|<>^!~@=:?]", OPERATOR)
                .rule("\\b(?:r#)?_?[A-Z][A-Z0-9_]*[A-Z][A-Z0-9_]*\\b", NAME_CONSTANT)
                .action(
                        "((?:e?print(?:ln)?|format(?:_args)?|panic|todo|un(?:reachable|implemented))!)(\\s*)(\\()(\\s*)(\")",
                        "format-string",
                        NAME_FUNCTION_MAGIC,
                        WHITESPACE,
                        PUNCTUATION,
                        WHITESPACE,
                        STRING)
                .groups("([a-zA-Z_]\\w*!)(\\s*)([(\\[{])", NAME_FUNCTION_MAGIC, WHITESPACE, PUNCTUATION)
                .rule("(?:r#)?[a-zA-Z_]\\w*", NAME)
                .rule("#!?\\[", COMMENT_PREPROC, "attribute")
                .rule("#", TEXT);
        return b.state("root")
                .rule("#![^\\[\\r\\n].*$", COMMENT_PREPROC)
                .rule("", TEXT, "base")
                .build();
    }
}
