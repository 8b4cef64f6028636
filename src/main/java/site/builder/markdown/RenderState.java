package site.builder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Per-page facts the node renderers need, attached to the parsed document (renderers are shared by threads). */
final class RenderState {
    static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("site.renderState");

    final PageContext page;
    final Map<Heading, HeadingAttributes> headings = new IdentityHashMap<>();
    final List<TableOfContents.Entry> toc = new ArrayList<>();
    /** Attributes given by {@code {...}} lines (parser.attribute.block), for blocks other than headings. */
    final Map<com.vladsch.flexmark.util.ast.Node, Map<String, String>> blockAttributes = new IdentityHashMap<>();

    /** Per paragraph, heading or table cell: where a {@code [} is open there ({@link Linkify}). */
    final Map<com.vladsch.flexmark.util.ast.Node, int[]> openBrackets = new IdentityHashMap<>();

    int codeBlocks;
    /** Highlighted code blocks, put in place after rendering. */
    final RawBlocks rawBlocks = new RawBlocks();

    RenderState(PageContext page) {
        this.page = page;
    }

    /**
     * A heading's id and all its attributes in goldmark's order (a generated id first, explicit ones as written),
     * fixed before rendering like goldmark's parser does.
     */
    record HeadingAttributes(String id, Map<String, String> all) {}
}
