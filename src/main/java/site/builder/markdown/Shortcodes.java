package site.builder.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Expands a page's shortcodes the way Hugo does: {@code {{% %}}} output becomes part of the Markdown source,
 * {@code {{< >}}} output is swapped for a placeholder and put back into the rendered HTML.
 */
final class Shortcodes {
    static final String PLACEHOLDER_PREFIX = "HAHAHUGOSHORTCODE-";
    private static final int MAX_DEPTH = 64;

    /** The Markdown to render and the HTML each placeholder stands for. */
    record Expanded(String markdown, Map<String, String> placeholders) {}

    /** A tag with its matching closing tag (or none) and the tags between them. */
    private record Node(ShortcodeTag tag, ShortcodeTag closing, List<Node> children) {}

    private final String body;
    private final PageContext page;
    private final BuiltinShortcodes builtins;
    private final Map<String, String> placeholders = new HashMap<>();
    private final ShortcodeScanner.Scan scan;
    /** Counts every call in page order; it numbers the placeholders, so each is unique on the page. */
    private int sequence;

    private Shortcodes(String body, PageContext page, BuiltinShortcodes builtins) {
        this.body = body;
        this.page = page;
        this.builtins = builtins;
        this.scan = ShortcodeScanner.scan(body, page);
    }

    static Expanded expand(String body, PageContext page, BuiltinShortcodes builtins) {
        if (!body.contains("{{")) return new Expanded(body, Map.of());
        Shortcodes s = new Shortcodes(body, page, builtins);
        String markdown = s.text(0, body.length(), s.tree(), null, 0);
        return new Expanded(markdown, s.placeholders);
    }

    /** Pairs opening and closing tags (first pass), then nests the paired ones (second pass); both linear. */
    private List<Node> tree() {
        List<ShortcodeTag> tags = scan.tags();
        Map<Integer, Integer> closeOf = pairs(tags);
        Deque<List<Node>> levels = new ArrayDeque<>();
        Deque<Integer> ends = new ArrayDeque<>();
        levels.push(new ArrayList<>());
        for (int i = 0; i < tags.size(); i++) {
            while (!ends.isEmpty() && ends.peek() == i) {
                ends.pop();
                levels.pop();
            }
            if (tags.get(i).closing()) continue;
            Integer close = closeOf.get(i);
            Node node = new Node(tags.get(i), close == null ? null : tags.get(close), new ArrayList<>());
            levels.peek().add(node);
            if (close != null) {
                levels.push(node.children());
                ends.push(close);
            }
        }
        return levels.getLast();
    }

    /** Opening tag index to its closing tag index; openings never closed are absent (they have no inner). */
    private Map<Integer, Integer> pairs(List<ShortcodeTag> tags) {
        Map<Integer, Integer> closeOf = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tags.size(); i++) {
            ShortcodeTag tag = tags.get(i);
            if (!tag.closing()) {
                if (!tag.selfClosing()) open.push(i);
                continue;
            }
            if (open.stream().noneMatch(o -> tags.get(o).name().equals(tag.name()))) {
                throw error(
                        tag.line(), "closing tag for shortcode \"" + tag.name() + "\" does not match any start tag");
            }
            while (!tags.get(open.peek()).name().equals(tag.name())) open.pop();
            closeOf.put(open.pop(), i);
        }
        return closeOf;
    }

    /** The text of body[from, to) with nested shortcodes and comments replaced by their output. */
    private String text(int from, int to, List<Node> nodes, ShortcodeCall parent, int depth) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            out.append(literal(at, node.tag().start()));
            out.append(call(node, parent, i, depth));
            at = node.closing() == null ? node.tag().end() : node.closing().end();
        }
        return out.append(literal(at, to)).toString();
    }

    private String literal(int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (ShortcodeScanner.Literal l : scan.literals()) {
            if (l.start() < from || l.end() > to) continue;
            out.append(body, at, l.start()).append(l.text());
            at = l.end();
        }
        return out.append(body, at, to).toString();
    }

    /** @param ordinal the call's position among its parent's shortcodes (or the page's top-level ones), as Hugo's .Ordinal */
    private String call(Node node, ShortcodeCall parent, int ordinal, int depth) {
        ShortcodeTag tag = node.tag();
        if (depth >= MAX_DEPTH) throw error(tag.line(), "shortcodes nested more than " + MAX_DEPTH + " deep");
        int id = sequence++;
        UnaryOperator<String> markdownify = text -> builtins.markdownify(text, page);
        String indentation = indentation(tag.start());
        ShortcodeCall shell = new ShortcodeCall(
                tag.name(),
                tag.positional(),
                tag.named(),
                null,
                tag.markdown(),
                ordinal,
                parent,
                tag.line(),
                indentation,
                page,
                markdownify);
        // As in Hugo, .Inner holds the nested shortcodes' output itself, not their placeholders.
        String inner = node.closing() == null
                ? null
                : restore(text(tag.end(), node.closing().start(), node.children(), shell, depth + 1), placeholders);
        ShortcodeCall call = new ShortcodeCall(
                tag.name(),
                tag.positional(),
                tag.named(),
                inner,
                tag.markdown(),
                shell.ordinal(),
                parent,
                tag.line(),
                indentation,
                page,
                markdownify);
        String output = render(call);
        if (tag.markdown()) return output;
        String key = PLACEHOLDER_PREFIX + id + "-HBHB";
        placeholders.put(key, output);
        return key;
    }

    /** The spaces and tabs between the start of the line and {@code at}, or "" if anything else is there. */
    private String indentation(int at) {
        int from = at;
        while (from > 0 && (body.charAt(from - 1) == ' ' || body.charAt(from - 1) == '\t')) from--;
        return from == 0 || body.charAt(from - 1) == '\n' ? body.substring(from, at) : "";
    }

    private String render(ShortcodeCall call) {
        Optional<ShortcodeTemplates.ShortcodeTemplate> template =
                page.shortcodes() == null ? Optional.empty() : page.shortcodes().find(call.name());
        try {
            if (template.isPresent()) return template.get().render(call);
            return builtins.render(call)
                    .orElseThrow(() -> error(call.line(), "template for shortcode \"" + call.name() + "\" not found"));
        } catch (ShortcodeException e) {
            throw error(call.line(), "shortcode \"" + call.name() + "\": " + e.getMessage());
        }
    }

    private LocatedException error(int line, String message) {
        return new LocatedException(new LocatedError(page.file(), line, message));
    }

    /** Puts placeholders' HTML back; a placeholder alone in a paragraph loses the {@code <p>}, as in Hugo. */
    static String restore(String html, Map<String, String> placeholders) {
        if (placeholders.isEmpty()) return html;
        StringBuilder out = new StringBuilder(html);
        int k = out.indexOf(PLACEHOLDER_PREFIX);
        for (int guard = 0; k >= 0 && guard < 100_000; guard++) {
            int end = out.indexOf("HBHB", k);
            if (end < 0) break;
            end += 4;
            String value = placeholders.getOrDefault(out.substring(k, end), "");
            int from = k;
            if (from >= 3 && out.substring(from - 3, from).equals("<p>") && out.indexOf("</p>", end) == end) {
                from -= 3;
                end += 4;
            }
            out.replace(from, end, value);
            k = out.indexOf(PLACEHOLDER_PREFIX, from);
        }
        return out.toString();
    }
}
