package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Python 3 as Hugo's Chroma highlights it: keywords, built-ins and special names (not after a dot), def/class
 * names, import paths as namespaces, numbers with underscores, and strings by prefix (raw, bytes, f-strings with
 * their {@code {expression}} parts), with %-format and {}-format fields and escapes inside.
 */
final class PythonLexer {
    private PythonLexer() {}

    private static final String NAME_RE = "[_\\p{L}][_\\p{L}\\p{N}]*";
    private static final String D = "\\d(?:_?\\d)*";
    private static final String PERCENT_FIELD =
            "%(?:\\(\\w+\\))?[-#0 +]*(?:[0-9]+|[*])?(?:\\.(?:[0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]";
    private static final String BRACE_FIELD =
            "\\{(?:\\w+(?:\\.\\w+|\\[[^\\]]+\\])*)?(?:![sra])?(?::(?:.?[<>=^])?[-+ ]?#?0?(?:\\d+)?,?(?:\\.\\d+)?[E-GXb-gnosx%]?)?\\}";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("python");
        b.state("numbers")
                .rule("(?:" + D + "\\.(?:" + D + ")?|(?:" + D + ")?\\." + D + ")(?:[eE][+-]?" + D + ")?", NUMBER_FLOAT)
                .rule(D + "[eE][+-]?" + D + "j?", NUMBER_FLOAT)
                .rule("0[oO](?:_?[0-7])+", NUMBER_OCT)
                .rule("0[bB](?:_?[01])+", NUMBER_BIN)
                .rule("0[xX](?:_?[a-fA-F0-9])+", NUMBER_HEX)
                .rule(D, NUMBER_INTEGER);
        b.state("keywords")
                .rule(
                        "(?:yield from|nonlocal|continue|finally|except|lambda|assert|global|return|raise|yield|while|break"
                                + "|await|async|pass|else|elif|with|try|for|del|as|if)\\b",
                        KEYWORD)
                .rule("(?:False|True|None)\\b", KEYWORD_CONSTANT);
        b.state("expression-keywords")
                .rule("(?:yield from|async for|lambda|yield|await|else|for|if)\\b", KEYWORD)
                .rule("(?:False|True|None)\\b", KEYWORD_CONSTANT);
        b.state("builtins")
                .rule("(?<!\\.)" + WordTrie.regex(PythonWords.BUILTINS) + "\\b", NAME_BUILTIN)
                .rule("(?<!\\.)(?:self|Ellipsis|NotImplemented|cls)\\b", NAME_BUILTIN_PSEUDO)
                .rule("(?<!\\.)" + WordTrie.regex(PythonWords.EXCEPTIONS) + "\\b", NAME_EXCEPTION);
        b.state("magic-methods").rule(WordTrie.regex(PythonWords.MAGIC_METHODS) + "\\b", NAME_FUNCTION_MAGIC);
        b.state("magic-attributes").rule(WordTrie.regex(PythonWords.MAGIC_ATTRIBUTES) + "\\b", NAME_VARIABLE_MAGIC);
        b.state("name")
                .rule("@" + NAME_RE + "(?:\\s*\\.\\s*" + NAME_RE + ")*", NAME_DECORATOR)
                .rule("@", OPERATOR)
                .rule(NAME_RE, NAME);
        strings(b);
        b.state("expression");
        prefixedStrings(b);
        b.rule("[^\\S\\n]+", TEXT)
                .include("numbers")
                .rule("!=|==|<<|>>|:=|[-~+/*%=<>&^|.]", OPERATOR)
                .rule("[\\]{}:(),;\\[]", PUNCTUATION)
                .rule("(?:in|is|and|or|not)\\b", OPERATOR_WORD)
                .include("expression-keywords")
                .include("builtins")
                .include("magic-methods")
                .include("magic-attributes")
                .include("name");
        fStringExpressions(b);
        b.state("funcname")
                .include("magic-methods")
                .rule(NAME_RE, NAME_FUNCTION, "#pop")
                .rule("", TEXT, "#pop");
        b.state("classname").rule(NAME_RE, NAME_CLASS, "#pop");
        b.state("import")
                .groups("(\\s+)(as)(\\s+)", TEXT, KEYWORD, TEXT)
                .rule("\\.", NAME_NAMESPACE)
                .rule(NAME_RE, NAME_NAMESPACE)
                .groups("(\\s*)(,)(\\s*)", TEXT, OPERATOR, TEXT)
                .rule("", TEXT, "#pop");
        b.state("fromimport")
                .action("(\\s+)(import)\\b", "#pop", TEXT, KEYWORD_NAMESPACE)
                .rule("\\.", NAME_NAMESPACE)
                .rule("None\\b", NAME_BUILTIN_PSEUDO, "#pop")
                .rule(NAME_RE, NAME_NAMESPACE)
                .rule("", TEXT, "#pop");
        return b.state("root")
                .rule("\\n", TEXT)
                // no doc-string rule: Chroma's is written with a quantifier ({,2}) its regex engine reads as text
                .rule("\\A#!.+$", COMMENT_HASHBANG)
                .rule("#.*$", COMMENT_SINGLE)
                .rule("\\\\\\n|\\\\", TEXT)
                .include("keywords")
                .action("(def)((?:\\s|\\\\\\s)+)", "funcname", KEYWORD, TEXT)
                .action("(class)((?:\\s|\\\\\\s)+)", "classname", KEYWORD, TEXT)
                .action("(from)((?:\\s|\\\\\\s)+)", "fromimport", KEYWORD_NAMESPACE, TEXT)
                .action("(import)((?:\\s|\\\\\\s)+)", "import", KEYWORD_NAMESPACE, TEXT)
                .include("expression")
                .build();
    }

    /** String bodies: one state per quote (single, double, tripled), plain or f-string, each with and without escapes. */
    private static void strings(Lexer.Builder b) {
        for (String[] q : new String[][] {{"single", "'", "STRING_SINGLE"}, {"double", "\"", "STRING_DOUBLE"}}) {
            TokenType type = TokenType.valueOf(q[2]);
            String quote = q[1];
            b.state("body-" + q[0])
                    .rule(PERCENT_FIELD + "|" + BRACE_FIELD, STRING_INTERPOL)
                    .rule("[^\\\\'\"%{\\n]+|['\"\\\\]|%|\\{{1,2}", type);
            b.state("fbody-" + q[0])
                    .rule("\\}", STRING_INTERPOL)
                    .rule("\\{", STRING_INTERPOL, "fstring-expression")
                    .rule("[^\\\\'\"{}\\n]+|['\"\\\\]", type);
            for (String kind : new String[] {"", "f"}) {
                String body = kind + "body-" + q[0];
                b.state(kind + "q-" + q[0])
                        .rule(quote, type, "#pop")
                        .rule("\\\\\\\\|\\\\" + quote + "|\\\\\\n", STRING_ESCAPE)
                        .include(body);
                b.state(kind + "qqq-" + q[0])
                        .rule(quote.repeat(3), type, "#pop")
                        .include(body)
                        .rule("\\n", type);
            }
        }
        b.state("escape")
                .rule(
                        "\\\\(?:[\\\\abfnrtv\"']|\\n|N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})",
                        STRING_ESCAPE);
        b.state("fescape").rule("\\{\\{|\\}\\}", STRING_ESCAPE).include("escape");
        b.state("rfescape").rule("\\{\\{|\\}\\}", STRING_ESCAPE);
        // Chroma's combined states: the escapes first, then the string body
        for (String esc : new String[] {"escape", "fescape", "rfescape"}) {
            for (String body : new String[] {
                "q-single",
                "q-double",
                "qqq-single",
                "qqq-double",
                "fq-single",
                "fq-double",
                "fqqq-single",
                "fqqq-double"
            }) {
                b.state(esc + "+" + body).include(esc).include(body);
            }
        }
    }

    /** The string openers, by prefix; which body state and escapes each one uses. */
    private static void prefixedStrings(Lexer.Builder b) {
        String[][] prefixes = {
            {"(?i)(rf|fr)", "rfescape+f"}, {"([fF])", "fescape+f"}, {"(?i)(rb|br|r)", ""}, {"([uUbB]?)", "escape+"}
        };
        for (String[] p : prefixes) {
            for (String[] q : new String[][] {
                {"\"\"\"", "qqq-double", "STRING_DOUBLE"},
                {"'''", "qqq-single", "STRING_SINGLE"},
                {"\"", "q-double", "STRING_DOUBLE"},
                {"'", "q-single", "STRING_SINGLE"}
            }) {
                b.action(p[0] + "(" + q[0] + ")", p[1] + q[1], STRING_AFFIX, TokenType.valueOf(q[2]));
            }
        }
    }

    private static void fStringExpressions(Lexer.Builder b) {
        b.state("fstring-inner")
                .rule("[{(\\[]", PUNCTUATION, "fstring-inner")
                .rule("[\\])}]", PUNCTUATION, "#pop")
                .rule("\\s+", TEXT)
                .include("expression");
        b.state("fstring-expression")
                .rule("[{(\\[]", PUNCTUATION, "fstring-inner")
                .rule("(?:=\\s*)?(?:![sraf])?\\}", STRING_INTERPOL, "#pop")
                .rule("(?:=\\s*)?(?:![sraf])?:", STRING_INTERPOL, "#pop")
                .rule("\\s+", TEXT)
                .include("expression");
    }
}
