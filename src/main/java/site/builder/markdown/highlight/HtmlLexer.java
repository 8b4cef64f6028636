package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.Lexer.using;
import static site.builder.markdown.highlight.TokenType.*;

/**
 * HTML as Hugo's Chroma highlights it: brackets as punctuation and tag names as tags, attributes with or without a
 * value, entities, comments and declarations; the content of script and style elements lexed as JavaScript and CSS.
 */
final class HtmlLexer {
    private HtmlLexer() {}

    private static final String END_TAG = "(<)(\\s*)(/)(\\s*)(%s)(\\s*)(>)";

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("html").dotAll().ignoreCase();
        b.state("comment").rule("[^-]+", COMMENT).rule("-->", COMMENT, "#pop").rule("-", COMMENT);
        b.state("tag")
                .rule("\\s+", TEXT)
                .action("([\\w:-]+\\s*)(=)(\\s*)", "value", NAME_ATTRIBUTE, OPERATOR, TEXT)
                .rule("[\\w:-]+", NAME_ATTRIBUTE)
                .action("(/?)(\\s*)(>)", "#pop", PUNCTUATION, TEXT, PUNCTUATION);
        b.state("value").rule("\".*?\"|'.*?'|[^\\s>]+", STRING, "#pop");
        for (String[] embedded : new String[][] {{"script", "javascript"}, {"style", "css"}}) {
            b.state(embedded[0] + "-content")
                    .action(
                            END_TAG.formatted(embedded[0]),
                            "#pop",
                            PUNCTUATION,
                            TEXT,
                            PUNCTUATION,
                            TEXT,
                            NAME_TAG,
                            TEXT,
                            PUNCTUATION)
                    .action(".+?(?=<\\s*/\\s*" + embedded[0] + "\\s*>)", null, using(embedded[1]));
        }
        return b.state("root")
                .rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("<\\?.*?\\?>|<![^>]*>", COMMENT_PREPROC)
                .action("(<)(\\s*)(script)(\\s*)", "script-content,tag", PUNCTUATION, TEXT, NAME_TAG, TEXT)
                .action("(<)(\\s*)(style)(\\s*)", "style-content,tag", PUNCTUATION, TEXT, NAME_TAG, TEXT)
                .action("(<)(\\s*)([\\w:.-]+)", "tag", PUNCTUATION, TEXT, NAME_TAG)
                .action(
                        END_TAG.formatted("[\\w:.-]+"),
                        null,
                        PUNCTUATION,
                        TEXT,
                        PUNCTUATION,
                        TEXT,
                        NAME_TAG,
                        TEXT,
                        PUNCTUATION)
                .build();
    }
}
