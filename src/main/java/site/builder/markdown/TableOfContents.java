package site.builder.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Hugo's {@code .TableOfContents}: headings nested by level into rows (a new row at each h1), then written as
 * nested lists between startLevel and endLevel, with Hugo's exact indentation and empty items for skipped levels.
 */
final class TableOfContents {
    private TableOfContents() {}

    /** One heading as the TOC sees it: level, id and its rendered inline HTML. */
    record Entry(int level, String id, String titleHtml) {}

    private static final class Item {
        final String id;
        final String title;
        final List<Item> children = new ArrayList<>();

        Item(String id, String title) {
            this.id = id;
            this.title = title;
        }

        boolean isZero() {
            return id.isEmpty() && title.isEmpty();
        }
    }

    static String html(List<Entry> entries, TocOptions options) {
        List<Item> rows = new ArrayList<>();
        int row = -1;
        for (Entry e : entries) {
            if (e.level() == 1 || row == -1) row++;
            addAt(rows, new Item(e.id() == null ? "" : e.id(), e.titleHtml()), row, e.level() - 1);
        }
        StringBuilder out = new StringBuilder("<nav id=\"TableOfContents\">");
        headings(out, options, 1, 0, rows);
        return out.append("</nav>").toString();
    }

    private static void addAt(List<Item> rows, Item item, int row, int level) {
        while (rows.size() <= row) rows.add(new Item("", ""));
        if (level == 0) {
            rows.set(row, item);
            return;
        }
        Item parent = rows.get(row);
        for (int i = 1; i < level; i++) {
            if (parent.children.isEmpty()) parent.children.add(new Item("", ""));
            parent = parent.children.get(parent.children.size() - 1);
        }
        parent.children.add(item);
    }

    private static void headings(StringBuilder out, TocOptions o, int level, int indent, List<Item> items) {
        if (level < o.startLevel()) {
            for (Item item : items) headings(out, o, level + 1, indent, item.children);
            return;
        }
        if (o.endLevel() != -1 && level > o.endLevel()) return;
        String list = o.ordered() ? "ol" : "ul";
        boolean hasChildren = !items.isEmpty();
        if (hasChildren)
            out.append('\n')
                    .append("  ".repeat(indent + 1))
                    .append('<')
                    .append(list)
                    .append(">\n");
        for (Item item : items) {
            out.append("  ".repeat(indent + 2)).append("<li>");
            if (!item.isZero())
                out.append("<a href=\"#")
                        .append(item.id)
                        .append("\">")
                        .append(item.title)
                        .append("</a>");
            headings(out, o, level + 1, indent + 2, item.children);
            out.append("</li>\n");
        }
        if (hasChildren)
            out.append("  ".repeat(indent + 1))
                    .append("</")
                    .append(list)
                    .append(">\n")
                    .append("  ".repeat(indent));
    }
}
