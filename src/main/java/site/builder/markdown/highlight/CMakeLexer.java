package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * CMake as Hugo's Chroma highlights it: every command is a builtin, its arguments strings, with {@code ${VAR}},
 * {@code $ENV{VAR}} and generator expressions as variables; a few platform words are keywords. Outside a command's
 * parentheses Chroma has no rule for a line break, so each one there is an error token.
 */
final class CMakeLexer {
    private CMakeLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("cmake");
        b.state("common")
                .rule(
                        "\\b(?:WIN32|UNIX|APPLE|CYGWIN|BORLAND|MINGW|MSVC|MSVC_IDE|MSVC60|MSVC70|MSVC71|MSVC80|MSVC90)\\b",
                        KEYWORD)
                .rule("[ \\t]+", TEXT)
                .rule("#.*\\n", COMMENT);
        b.state("args")
                .rule("\\(", PUNCTUATION, "#push")
                .rule("\\)", PUNCTUATION, "#pop")
                .groups("(\\$\\{|\\$ENV\\{)(.+?)(\\})", OPERATOR, NAME_VARIABLE, OPERATOR)
                .groups("(\\$<)(.+?)(>)", OPERATOR, NAME_VARIABLE, OPERATOR)
                .rule("(?s)\".*?\"", STRING_DOUBLE)
                .rule("\\\\\\S+|[^)$\"# \\t\\n]+", STRING)
                .rule("\\n", TEXT)
                .include("common");
        return b.state("root")
                .action("\\b(\\w+)([ \\t]*)(\\()", "args", NAME_BUILTIN, TEXT, PUNCTUATION)
                .include("common")
                .build();
    }
}
