package site.builder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every heading its id before rendering, in document order like goldmark's parser: an explicit
 * {@code {#id .class}} at the end of an ATX heading (parser.attribute.title, on by default) is taken off the
 * text and used; other headings get a generated id (parser.autoHeadingID).
 */
final class HeadingAttributes {
    private static final Pattern TRAILING = Pattern.compile("\\s*(\\{[^{}\\n]*\\})\\s*$");

    private HeadingAttributes() {}

    static void assign(Document document, GoldmarkOptions options, RenderState state) {
        HeadingIds ids = new HeadingIds(options.autoHeadingIdType());
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) continue;
            BasedSequence text = heading.getText();
            Taken taken = options.attributeTitle() && heading.isAtxHeading() ? takeAttributes(heading) : Taken.NONE;
            Map<String, String> all = new LinkedHashMap<>(taken.attributes());
            String id = taken.attributes().get("id");
            if (id != null) ids.put(id);
            else if (options.autoHeadingId()) {
                // the id comes from the text without its attribute list, and after the attributes (goldmark's order)
                int end = Math.min(text.getEndOffset(), taken.offset());
                all.put(
                        "id",
                        id = ids.generate(lastLine(
                                text.baseSubSequence(text.getStartOffset(), end).toString())));
            }
            state.headings.put(heading, new RenderState.HeadingAttributes(id, all));
        }
    }

    /** A heading's trailing attribute list and the offset in the page where it starts (after the text). */
    private record Taken(Map<String, String> attributes, int offset) {
        static final Taken NONE = new Taken(Map.of(), Integer.MAX_VALUE);
    }

    /** Parses and removes a trailing attribute list from the heading's last text node. */
    private static Taken takeAttributes(Heading heading) {
        if (!(heading.getLastChild() instanceof Text text)) return Taken.NONE;
        BasedSequence chars = text.getChars();
        Matcher m = TRAILING.matcher(chars);
        if (!m.find()) return Taken.NONE;
        Map<String, String> attrs = BlockAttributes.parse(m.group(1));
        if (attrs.isEmpty()) return Taken.NONE;
        text.setChars(chars.subSequence(0, m.start()));
        if (text.getChars().isEmpty()) text.unlink();
        return new Taken(attrs, chars.getStartOffset() + m.start());
    }

    private static String lastLine(String text) {
        int nl = text.lastIndexOf('\n', text.length() - 2);
        return nl < 0 ? text : text.substring(nl + 1);
    }
}
