package site.builder.markdown.highlight;

import static site.builder.markdown.highlight.TokenType.*;

/**
 * XML as Hugo's Chroma highlights it: a start tag's {@code <name} and its closing {@code >} as tag names, each
 * {@code attr=} (with the equals sign) as an attribute and its value as a string; end tags whole; comments,
 * processing instructions, CDATA and declarations as comments.
 */
final class XmlLexer {
    private XmlLexer() {}

    static Lexer lexer() {
        Lexer.Builder b = Lexer.builder("xml").dotAll();
        b.state("comment").rule("[^-]+", COMMENT).rule("-->", COMMENT, "#pop").rule("-", COMMENT);
        b.state("tag")
                .rule("\\s+", TEXT)
                .rule("[\\w.:-]+\\s*=", NAME_ATTRIBUTE, "value")
                .rule("/?\\s*>", NAME_TAG, "#pop");
        b.state("value").rule("\\s+", TEXT).rule("\".*?\"|'.*?'|[^\\s>]+", STRING, "#pop");
        return b.state("root")
                .rule("[^<&]+", TEXT)
                .rule("&\\S*?;", NAME_ENTITY)
                .rule("<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                .rule("<!--", COMMENT, "comment")
                .rule("<\\?.*?\\?>|<![^>]*>", COMMENT_PREPROC)
                .rule("<\\s*[\\w:.-]+", NAME_TAG, "tag")
                .rule("<\\s*/\\s*[\\w:.-]+\\s*>", NAME_TAG)
                .build();
    }
}
