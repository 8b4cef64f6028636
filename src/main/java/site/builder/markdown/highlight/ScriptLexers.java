package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** Lexers for shells: bash and console sessions. */
final class ScriptLexers {
    private ScriptLexers() {}

    private static final String BUILTINS =
            "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|"
                    + "disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|"
                    + "popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|"
                    + "ulimit|umask|unalias|unset|wait";

    /** Bash as Chroma lexes it: interpolation inside double quotes, {@code ;} and pipes as punctuation. */
    static Lexer bash() {
        Lexer.Builder b = Lexer.builder("bash");
        bashStates(b);
        return b.state("root").include("bash").build();
    }

    /**
     * Console sessions as Chroma's BashSession: a line starting with a prompt ({@code $}, {@code #}, {@code %},
     * {@code >}, optionally after {@code [user@host]}) has the rest of it lexed as bash on its own; any other
     * non-empty line is output (an empty line matches neither rule, so it is an error token, as in Chroma).
     */
    static Lexer console() {
        return Lexer.builder("console")
                .state("root")
                .action(
                        "^((?:\\[[^\\]]+@[^\\]]+\\]\\s?)?[#$%>])(\\s*)(.*\\n?)",
                        null, GENERIC_PROMPT, TEXT, Lexer.using("bash"))
                .rule("^.+\\n?", GENERIC_OUTPUT)
                .build();
    }

    private static void bashStates(Lexer.Builder b) {
        b.state("bash")
                .groups(
                        "\\b(if|fi|else|while|do|done|for|then|return|function|case|select|continue|until|esac|elif)(\\s*)\\b",
                        KEYWORD,
                        TEXT)
                .rule("\\b(?:" + BUILTINS + ")(?=[\\s)`;|&]|$)", NAME_BUILTIN)
                .rule("\\A#!.+\\n", COMMENT_PREPROC)
                .rule("#[^\\n]*+", COMMENT_SINGLE)
                .rule("\\\\[\\s\\S]", STRING_ESCAPE)
                .groups("(\\b\\w+)(\\s*+)(\\+?=)", NAME_VARIABLE, TEXT, OPERATOR)
                // a here-document, up to the first later occurrence of its delimiter word
                .rule("<<-?\\s*('?)\\\\?(\\w+)[\\s\\S]+?\\2", STRING)
                .rule("[\\[\\]{}()=]|<<<|&&|\\|\\|", OPERATOR)
                .rule("`", STRING_BACKTICK, "backticks")
                .rule("\"", STRING_DOUBLE, "string")
                .rule("'[^']*+'?", STRING_SINGLE)
                .rule("[;&|]", PUNCTUATION)
                .rule("\\s++", TEXT)
                .rule("\\d++(?= |$)", NUMBER)
                .rule("[^=\\s\\[\\]{}()$\"'`\\\\<&|;]++|<", TEXT);
        interpolation(b);
        b.state("string").rule("\"", STRING_DOUBLE, "#pop").rule("(?:\\\\[\\s\\S]|[^\"\\\\$])++", STRING_DOUBLE);
        interpolation(b);
        b.state("curly")
                .rule("\\}", STRING_INTERPOL, "#pop")
                .rule(":-", KEYWORD)
                .rule("\\w++", NAME_VARIABLE)
                .rule("[^}:\"'`$\\\\]++|:", PUNCTUATION)
                .include("bash");
        b.state("math")
                .rule("\\)\\)", KEYWORD, "#pop")
                .rule("\\*\\*|\\|\\||[-+*/%^|&]", OPERATOR)
                .rule("\\d+#\\d+|\\d+#(?! )|\\d+", NUMBER)
                .include("bash");
        b.state("paren").rule("\\)", KEYWORD, "#pop").include("bash");
        b.state("backticks").rule("`", STRING_BACKTICK, "#pop").include("bash");
    }

    /** Chroma's "interp" rules: {@code $(…)}, {@code ${…}}, {@code $name} and special parameters. */
    private static void interpolation(Lexer.Builder b) {
        b.rule("\\$\\(\\(", KEYWORD, "math")
                .rule("\\$\\(", KEYWORD, "paren")
                .rule("\\$\\{#?", STRING_INTERPOL, "curly")
                .rule("\\$[a-zA-Z_]\\w*+", NAME_VARIABLE)
                .rule("\\$(?:\\d++|[#$?!_*@-])", NAME_VARIABLE)
                .rule("\\$", TEXT);
    }
}
