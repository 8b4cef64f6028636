package site.builder.render;

import java.util.List;

/** One menu entry as templates see it (Hugo's MenuEntry): children are nested under their parent. */
public record MenuEntry(
        String name,
        String url,
        int weight,
        String identifier,
        String parent,
        String pre,
        String post,
        String title,
        List<MenuEntry> children) {

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** The key Hugo de-duplicates and nests by: the identifier, else the name. */
    public String key() {
        return identifier.isEmpty() ? name : identifier;
    }
}
