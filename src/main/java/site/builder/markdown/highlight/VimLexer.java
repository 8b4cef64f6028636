package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * Vim script (vimrc) as Hugo's Chroma highlights it: a handful of keywords, every other word an "other" name, a
 * line starting with {@code "} a comment, and {@code :python} lines (or heredocs) lexed as Python.
 */
final class VimLexer {
    private VimLexer() {}

    /** ":py", ":pyt", ... up to ":python". */
    private static final String PYTHON = "(py(?:t(?:h(?:o(?:n)?)?)?)?)";

    static Lexer lexer() {
        return Lexer.builder("vim")
                .state("root")
                .action(
                        "^([ \\t:]*)" + PYTHON + "([ \\t]*)(<<)([ \\t]*)(.*)((?:\\n|.)*)(\\6)",
                        null,
                        Lexer.usingSelf(),
                        KEYWORD,
                        TEXT,
                        OPERATOR,
                        TEXT,
                        TEXT,
                        Lexer.using("python"),
                        TEXT)
                .action(
                        "^([ \\t:]*)" + PYTHON + "([ \\t])(.*)",
                        null,
                        Lexer.usingSelf(),
                        KEYWORD,
                        TEXT,
                        Lexer.using("python"))
                .rule("^\\s*\".*", COMMENT)
                .rule("[ \\t]+", TEXT)
                .rule("/(?:\\\\\\\\|\\\\/|[^\\n/])*/", STRING_REGEX)
                .rule("\"(?:\\\\\\\\|\\\\\"|[^\\n\"])*\"", STRING_DOUBLE)
                .rule("'(?:''|[^\\n'])*'", STRING_SINGLE)
                .rule("(?<=\\s)\"[^\\-:.%#=*].*", COMMENT)
                .rule("-?\\d+", NUMBER)
                .rule("#[0-9a-f]{6}", NUMBER_HEX)
                .rule("^:", PUNCTUATION)
                .rule("[()<>+=!|,~-]", PUNCTUATION)
                .rule("\\b(?:let|if|else|endif|elseif|fun|function|endfunction)\\b", KEYWORD)
                .rule("\\b(?:NONE|bold|italic|underline|dark|light)\\b", NAME_BUILTIN)
                .rule("\\b\\w+\\b", NAME_OTHER)
                .rule(".", TEXT)
                .build();
    }
}
