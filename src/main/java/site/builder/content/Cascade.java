package site.builder.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter `cascade` from branch bundles (_index.md): values flow down to every page below
 * the bundle that does not set them itself; the nearest bundle wins.
 */
final class Cascade {
    private final Map<String, Map<String, Object>> byDir = new HashMap<>();

    Cascade(List<SourcePage> sources) {
        for (SourcePage s : sources) {
            if (s.bundle() != SourcePage.Bundle.BRANCH) continue;
            Object c = s.frontMatter().values().get("cascade");
            Map<String, Object> values = new LinkedHashMap<>();
            if (c instanceof Map<?, ?> m) m.forEach((k, v) -> values.put(String.valueOf(k), v));
            if (c instanceof List<?> l) {
                for (Object item : l) {
                    if (item instanceof Map<?, ?> m && !m.containsKey("_target")) {
                        m.forEach((k, v) -> values.putIfAbsent(String.valueOf(k), v));
                    }
                }
            }
            if (!values.isEmpty()) byDir.put(s.dir(), values);
        }
    }

    /** The page's front matter with cascaded values filled in. */
    Map<String, Object> apply(SourcePage page) {
        Map<String, Object> out = new LinkedHashMap<>(page.frontMatter().values());
        if (byDir.isEmpty()) return out;
        // A branch bundle's cascade applies to the bundle itself too, as Hugo does.
        for (String d = page.dir(); d != null; d = parentDir(d)) {
            Map<String, Object> values = byDir.get(d);
            if (values != null) values.forEach(out::putIfAbsent);
        }
        return out;
    }

    private static String parentDir(String dir) {
        if (dir.isEmpty()) return null;
        String trimmed = dir.substring(0, dir.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? "" : trimmed.substring(0, slash + 1);
    }
}
