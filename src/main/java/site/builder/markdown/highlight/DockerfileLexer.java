package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.Lexer.using;
import static site.builder.markdown.highlight.TokenType.*;

/**
 * Dockerfiles as Hugo's Chroma highlights them: instruction keywords (any case), the argument of instructions that
 * take one plain value as a string, exec-form arrays as JSON, and everything else (RUN commands, COPY arguments)
 * as bash. No rule matches a line break, so each one is an error token, as in Hugo's output.
 */
final class DockerfileLexer {
    private DockerfileLexer() {}

    /** Optional line continuation between an instruction and its arguments. */
    private static final String GAP = "(?:\\s*\\\\?\\s*)";

    static Lexer lexer() {
        return Lexer.builder("docker")
                .ignoreCase()
                .state("root")
                .rule("#.*", COMMENT)
                .action("(ONBUILD)(" + GAP + ")", null, KEYWORD, using("bash"))
                // Chroma's HEALTHCHECK rule has one capture group more than actions, so Hugo prints it as an error
                .rule("HEALTHCHECK(?:" + GAP + "--\\w+=\\w+" + GAP + ")*", ERROR)
                .action(
                        "(VOLUME|ENTRYPOINT|CMD|SHELL)(" + GAP + ")(\\[.*?\\])",
                        null,
                        KEYWORD,
                        using("bash"),
                        using("json"))
                .action("(LABEL|ENV|ARG)((?:" + GAP + "\\w+=\\w+" + GAP + ")*)", null, KEYWORD, using("bash"))
                .groups("(FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL|VOLUME)\\b(.*)", KEYWORD, STRING)
                .rule("RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY", KEYWORD)
                .action("(?:.*\\\\\\n)*.+", null, using("bash"))
                .build();
    }
}
