package site.builder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * goldmark's block attributes (parser.attribute.block): a {@code {.class #id k=v}} line right after a block
 * gives that block attributes. flexmark reads the line as paragraph text, so this pass takes such lines out
 * of the tree and records the attributes for the renderers: a last line of a paragraph belongs to the
 * outermost block that paragraph ends (paragraph, list or quote); a paragraph of just the line belongs to the
 * block right above it, and disappears when a blank line separates them.
 */
final class BlockAttributeLines {
    private static final Pattern LINE = Pattern.compile("\\{[^{}\\n]*\\}");

    private BlockAttributeLines() {}

    /** A whole line of attributes, {@code {.class #id k=v}}, stripped. */
    static boolean isAttributeLine(String stripped) {
        return stripped.startsWith("{") && LINE.matcher(stripped).matches();
    }

    static void apply(Document document, RenderState state) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Node node : document.getDescendants()) if (node instanceof Paragraph p) paragraphs.add(p);
        for (Paragraph p : paragraphs) {
            String source = p.getChars().toString().stripTrailing();
            int lineStart = source.lastIndexOf('\n') + 1;
            String last = source.substring(lineStart).strip();
            if (!LINE.matcher(last).matches()) continue;
            Map<String, String> attrs = BlockAttributes.parse(last);
            if (lineStart > 0) {
                removeFrom(p, p.getStartOffset() + lineStart);
                add(state, target(p), attrs);
            } else {
                Node previous = p.getPrevious();
                if (previous != null
                        && line(document, previous.getEndOffset() - 1) + 1 == line(document, p.getStartOffset())) {
                    add(state, previous, attrs);
                }
                p.unlink();
            }
        }
    }

    /** Unlinks the paragraph's inline nodes from the attribute line on, and the line break before it. */
    private static void removeFrom(Paragraph p, int offset) {
        Node child = p.getLastChild();
        while (child != null && child.getStartOffset() >= offset) {
            Node previous = child.getPrevious();
            child.unlink();
            child = previous;
        }
        if (child instanceof SoftLineBreak) child.unlink();
    }

    /** The outermost block that ends with this paragraph, below the document. */
    private static Node target(Paragraph p) {
        Node node = p;
        while (node.getNext() == null && node.getParent() != null && !(node.getParent() instanceof Document)) {
            node = node.getParent();
        }
        return node;
    }

    private static int line(Document document, int offset) {
        return document.getLineNumber(Math.max(0, offset));
    }

    private static void add(RenderState state, Node node, Map<String, String> attrs) {
        if (node instanceof Heading) {
            RenderState.HeadingAttributes h = state.headings.get(node);
            Map<String, String> all = new LinkedHashMap<>(h == null ? Map.of() : h.all());
            all.putAll(attrs);
            state.headings.put(
                    (Heading) node, new RenderState.HeadingAttributes(h == null ? attrs.get("id") : h.id(), all));
        } else {
            state.blockAttributes.merge(node, attrs, (a, b) -> {
                Map<String, String> m = new LinkedHashMap<>(a);
                m.putAll(b);
                return m;
            });
        }
    }
}
