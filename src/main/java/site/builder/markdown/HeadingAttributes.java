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
            Map<String, String> attrs =
                    options.attributeTitle() && heading.isAtxHeading() ? takeAttributes(heading) : Map.of();
            Map<String, String> all = new LinkedHashMap<>();
            String id = attrs.get("id");
            if (id != null) ids.put(id);
            else if (options.autoHeadingId())
                all.put("id", id = ids.generate(lastLine(heading.getText().toString())));
            all.putAll(attrs);
            state.headings.put(heading, new RenderState.HeadingAttributes(id, all));
        }
    }

    /** Parses and removes a trailing attribute list from the heading's last text node. */
    private static Map<String, String> takeAttributes(Heading heading) {
        if (!(heading.getLastChild() instanceof Text text)) return Map.of();
        BasedSequence chars = text.getChars();
        Matcher m = TRAILING.matcher(chars);
        if (!m.find()) return Map.of();
        Map<String, String> attrs = BlockAttributes.parse(m.group(1));
        if (attrs.isEmpty()) return Map.of();
        text.setChars(chars.subSequence(0, m.start()));
        if (text.getChars().isEmpty()) text.unlink();
        return attrs;
    }

    private static String lastLine(String text) {
        int nl = text.lastIndexOf('\n', text.length() - 2);
        return nl < 0 ? text : text.substring(nl + 1);
    }
}
