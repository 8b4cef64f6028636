package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * C# as Hugo's Chroma highlights it: Chroma 2.5's keyword set (C# 7-era keywords and LINQ words, not newer ones
 * such as {@code record}'s friends {@code with} or {@code nameof}), the name after {@code class}/{@code struct}/
 * {@code record}/{@code interface} a class and after {@code namespace}/{@code using} a namespace; a line starting
 * with {@code [...]} is an attribute; strings, verbatim and interpolated, are single tokens.
 */
final class CSharpLexer {
    private CSharpLexer() {}

    private static final String KEYWORDS = "abstract|as|async|await|base|break|case|catch|checked|const|continue"
            + "|default|delegate|do|else|enum|event|explicit|extern|false|finally|fixed|for|foreach|goto|if|implicit"
            + "|in|init|internal|is|lock|new|null|operator|out|override|params|private|protected|public|readonly|ref"
            + "|return|sealed|sizeof|stackalloc|static|switch|this|throw|true|try|typeof|unchecked|unsafe|virtual|void"
            + "|while|get|set|partial|yield|add|remove|value|alias"
            // query expressions
            + "|from|where|select|group|into|orderby|ascending|descending|join|on|equals|let|by|thenby";
    private static final String TYPES =
            "bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string" + "|uint|ulong|ushort|var";
    private static final String IDENT = "@?[_a-zA-Z]\\w*";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("csharp").dotAll();
        b.state("class").rule(IDENT, NAME_CLASS, "#pop").rule("", TEXT, "#pop");
        b.state("namespace").rule("(?=\\()", TEXT, "#pop").rule("(?:" + IDENT + "|\\.)+", NAME_NAMESPACE, "#pop");
        return b.state("root")
                .rule("^\\s*\\[.*?\\]", NAME_ATTRIBUTE)
                .rule("[^\\S\\n]+|\\\\\\n", TEXT)
                .rule("///[^\\n\\r]+", COMMENT_SPECIAL)
                .rule("//[^\\n\\r]+", COMMENT_SINGLE)
                .rule("/[*].*?[*]/", COMMENT_MULTILINE)
                .rule("\\n", TEXT)
                .rule("[~!%^&*()+=|\\[\\]:;,.<>/?{}-]", PUNCTUATION)
                .rule("@\"(?:\"\"|[^\"])*\"|\\$@?\"(?:\"\"|[^\"])*\"|\"(?:\\\\\\\\|\\\\\"|[^\"\\n])*[\"\\n]", STRING)
                .rule("'\\\\.'|'[^\\\\]'", STRING_CHAR)
                .rule("0[xX][0-9a-fA-F]+[Ll]?|\\d[_\\d]*(?:\\.\\d*)?(?:[eE][+-]?\\d+)?[flFLdD]?", NUMBER)
                .rule(
                        "#[ \\t]*(?:if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma|nullable)\\b[^\\n\\r]+",
                        COMMENT_PREPROC)
                .groups("\\b(extern)(\\s+)(alias)\\b", KEYWORD, TEXT, KEYWORD)
                .rule("(?:" + KEYWORDS + ")\\b", KEYWORD)
                .groups("(global)(::)", KEYWORD, PUNCTUATION)
                .rule("(?:" + TYPES + ")\\b\\??", KEYWORD_TYPE)
                .action("(class|struct|record|interface)(\\s+)", "class", KEYWORD, TEXT)
                .action("(namespace|using)(\\s+)", "namespace", KEYWORD, TEXT)
                .rule(IDENT, NAME)
                .build();
    }
}
