package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/** systemd unit files as Hugo's Chroma highlights them: [Section] headers, key=value lines, backslash continuations. */
final class SystemdLexer {
    private SystemdLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("systemd");
        b.state("continued").groups("(.*?)(\\\\\\n)", STRING, TEXT).rule(".*", STRING, "#pop");
        return b.state("root")
                .rule("\\s+", TEXT)
                .rule("[;#].*", COMMENT)
                .rule("\\[.*?\\]$", KEYWORD)
                .action("(.*?)(=)(.*)(\\\\\\n)", "continued", NAME_ATTRIBUTE, OPERATOR, STRING, TEXT)
                .groups("(.*?)(=)(.*)", NAME_ATTRIBUTE, OPERATOR, STRING)
                .build();
    }
}
