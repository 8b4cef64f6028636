package site.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hugo treats config and front matter keys case-insensitively: we lower-case them once, on load. */
public final class Maps {
    private Maps() {}

    /** A deep copy with every map key lower-cased; lists are copied, values kept. */
    public static Map<String, Object> lowerKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k).toLowerCase(Locale.ROOT), lowerValue(v)));
        return out;
    }

    private static Object lowerValue(Object v) {
        if (v instanceof Map<?, ?> m) return lowerKeys(m);
        if (v instanceof List<?> l) return l.stream().map(Maps::lowerValue).toList();
        return v;
    }

    /** Merges {@code over} into a copy of {@code base}: nested maps merge, everything else is replaced. */
    public static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> out.merge(k, v, (a, b) -> mergeValue(a, b)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValue(Object a, Object b) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            return deepMerge((Map<String, Object>) ma, (Map<String, Object>) mb);
        }
        return b;
    }

    /** Reads a nested value by a dotted path of lower-case keys, or null. */
    public static Object at(Map<String, Object> map, String dottedPath) {
        Object cur = map;
        for (String key : dottedPath.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) return null;
            cur = m.get(key);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapAt(Map<String, Object> map, String dottedPath) {
        return at(map, dottedPath) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
