package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * C and C++ as Hugo's Chroma highlights them: at the top level a function definition or declaration
 * ({@code type name(args) {} or ;}) names the function, its parts lexed again from the top; preprocessor lines
 * (with {@code #include}'s file), {@code #if 0} blocks as comments, and the C++ additions (classes, digit
 * separators, attributes).
 */
final class CLexers {
    private CLexers() {}

    private static final String C_KEYWORDS = "auto|break|case|const|continue|default|do|else|enum|extern|for|goto|if"
            + "|register|restricted|return|sizeof|static|struct|switch|typedef|union|volatile|while|asm";
    private static final String CPP_KEYWORDS = "alignas|alignof|catch|co_await|co_return|co_yield|concept|const_cast"
            + "|consteval|constexpr|decltype|delete|dynamic_cast|explicit|export|final|friend|mutable|namespace|new"
            + "|noexcept|nullptr|operator|override|private|protected|public|reinterpret_cast|requires|restrict"
            + "|static_assert|static_cast|template|this|thread_local|throw|throws|try|typeid|typename|using|virtual";
    private static final String MS_RESERVED = "forceinline|identifier|unaligned|declspec|fastcall|finally|stdcall"
            + "|assume|except|int8|int16|int32|int64|cdecl|leave|based|raise|noop|w64|try|asm";

    static Lexer c() {
        return build("c", false);
    }

    static Lexer cpp() {
        return build("cpp", true);
    }

    private static Lexer build(String name, boolean cpp) {
        Lexer.Builder b = Lexer.builder(name);
        b.state("whitespace")
                .rule("^#if\\s+0", COMMENT_PREPROC, "if0")
                .rule("^#", COMMENT_PREPROC, "macro")
                .action("^(\\s*(?:/[*].*?[*]/\\s*)?)(#if\\s+0)", "if0", Lexer.usingSelf(), COMMENT_PREPROC)
                .action("^(\\s*(?:/[*].*?[*]/\\s*)?)(#)", "macro", Lexer.usingSelf(), COMMENT_PREPROC)
                .rule("\\n|\\s+|\\\\\\n", TEXT)
                .rule("//(?:\\n|[\\w\\W]*?[^\\\\]\\n)", COMMENT_SINGLE)
                .rule("/(?:\\\\\\n)?[*][\\w\\W]*?[*](?:\\\\\\n)?/|/(?:\\\\\\n)?[*][\\w\\W]*", COMMENT_MULTILINE);
        b.state("macro")
                .groups("(include)(\\s*(?:/[*].*?[*]/\\s*)?)([^\\n]+)", COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE)
                .rule("[^/\\n]+", COMMENT_PREPROC)
                .rule("/[*](?:.|\\n)*?[*]/", COMMENT_MULTILINE)
                .rule("//.*?\\n", COMMENT_SINGLE, "#pop")
                .rule("/|(?<=\\\\)\\n", COMMENT_PREPROC)
                .rule("\\n", COMMENT_PREPROC, "#pop");
        b.state("if0")
                .rule("^\\s*#if.*?(?<!\\\\)\\n", COMMENT_PREPROC, "#push")
                .rule("^\\s*#el(?:se|if).*\\n", COMMENT_PREPROC, "#pop")
                .rule("^\\s*#endif.*?(?<!\\\\)\\n", COMMENT_PREPROC, "#pop")
                .rule(".*?\\n", COMMENT);
        b.state("string")
                .rule("\"", STRING, "#pop")
                .rule(
                        "\\\\(?:[\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})",
                        STRING_ESCAPE)
                .rule("[^\\\\\"\\n]+|\\\\\\n|\\\\", STRING);
        b.state("class-name")
                .groups("(\\[\\[.+\\]\\])(\\s*)", NAME_ATTRIBUTE, TEXT)
                .rule("[a-zA-Z_]\\w*", NAME_CLASS, "#pop")
                .rule("\\s*(?=[>{])", TEXT, "#pop");
        b.state("statements");
        if (cpp) {
            b.rule("(?:" + CPP_KEYWORDS + ")\\b", KEYWORD)
                    .action("(enum)\\b(\\s+)(class)\\b(\\s*)", "class-name", KEYWORD, TEXT, KEYWORD, TEXT)
                    .action("(class|struct|enum|union)\\b(\\s*)", "class-name", KEYWORD, TEXT)
                    .rule("\\[\\[.+\\]\\]", NAME_ATTRIBUTE)
                    // Chroma's raw-string rule writes its delimiter length as {,16}, which its regex engine reads
                    // as literal text, so R"(...)" is the name R and an ordinary string there; so here.
                    .action("(u8|u|U)(\")", "string", STRING_AFFIX, STRING);
        }
        b.action("(L?)(\")", "string", STRING_AFFIX, STRING)
                .groups(
                        "(L?)(')(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-fA-F0-9]{1,2}|[^\\\\'\\n])(')",
                        STRING_AFFIX,
                        STRING_CHAR,
                        STRING_CHAR,
                        STRING_CHAR)
                .rule(
                        "(?:\\d+\\.\\d*|\\.\\d+|\\d+)[eE][+-]?\\d+[LlUu]*|(?:\\d+\\.\\d*|\\.\\d+|\\d+[fF])[fF]?",
                        NUMBER_FLOAT);
        if (cpp) {
            b.rule("0[xX][0-9A-Fa-f](?:'?[0-9A-Fa-f]+)*[LlUu]*", NUMBER_HEX)
                    .rule("0(?:'?[0-7]+)+[LlUu]*", NUMBER_OCT)
                    .rule("0[Bb][01](?:'?[01]+)*[LlUu]*", NUMBER_BIN)
                    .rule("[0-9](?:'?[0-9]+)*[LlUu]*", NUMBER_INTEGER);
        } else {
            b.rule("0x[0-9a-fA-F]+[LlUu]*", NUMBER_HEX)
                    .rule("0[0-7]+[LlUu]*", NUMBER_OCT)
                    .rule("\\d+[LlUu]*", NUMBER_INTEGER);
        }
        String types = "bool|int|long|float|short|double|char(?:(?:8|16|32)_t)?|unsigned|signed|void"
                + "|u?int(?:_fast|_least|)(?:8|16|32|64)_t" + (cpp ? "|wchar_t" : "");
        b.rule("\\*/", ERROR)
                .rule("[~!%^&*+=|?:<>/-]", OPERATOR)
                .rule("[()\\[\\],.]", PUNCTUATION)
                .rule("(?:" + C_KEYWORDS + ")\\b", KEYWORD)
                .rule("(?:" + types + ")\\b" + (cpp ? "" : "|\\b[a-z]\\w*_t\\b"), KEYWORD_TYPE)
                .rule(
                        "(?:typename|__inline|restrict|_inline|thread|inline|naked)\\b|__m(?:128i|128d|128|64)\\b",
                        KEYWORD_RESERVED)
                .rule("__(?:" + MS_RESERVED + (cpp ? "" : "|wchar_t") + ")\\b", KEYWORD_RESERVED)
                .rule("(?:true|false|NULL)\\b", NAME_BUILTIN)
                .groups("([a-zA-Z_]\\w*)(\\s*)(:)(?!:)", NAME_LABEL, TEXT, PUNCTUATION);
        if (!cpp) b.rule("\\b[A-Za-z_]\\w*(?=\\s*\\()", NAME_FUNCTION);
        b.rule("[a-zA-Z_]\\w*", NAME);
        b.state("function")
                .include("whitespace")
                .include("statements")
                .rule(";", PUNCTUATION)
                .rule("\\{", PUNCTUATION, "#push")
                .rule("\\}", PUNCTUATION, "#pop");
        b.state("statement").include("whitespace").include("statements");
        if (cpp) b.rule("[{]", PUNCTUATION, "root").rule("[;}]", PUNCTUATION, "#pop");
        else b.rule("[{}]", PUNCTUATION).rule(";", PUNCTUATION, "#pop");
        String head = "((?:[\\w*\\s])+?(?:\\s|[*]))([a-zA-Z_]\\w*)(\\s*\\([^;]*?\\))";
        b.state("root")
                .include("whitespace")
                .action(
                        head + "([^;{]*)(\\{)",
                        "function",
                        Lexer.usingSelf(),
                        NAME_FUNCTION,
                        Lexer.usingSelf(),
                        Lexer.usingSelf(),
                        PUNCTUATION)
                .action(
                        head + "([^;]*)(;)",
                        null,
                        Lexer.usingSelf(),
                        NAME_FUNCTION,
                        Lexer.usingSelf(),
                        Lexer.usingSelf(),
                        PUNCTUATION)
                .rule("", TEXT, "statement");
        if (cpp) {
            b.rule(
                            "__(?:multiple_inheritance|virtual_inheritance|single_inheritance|interface|uuidof|super|event)\\b",
                            KEYWORD_RESERVED)
                    .rule("__(?:offload|blockingoffload|outer)\\b", KEYWORD_PSEUDO);
        }
        return b.build();
    }
}
