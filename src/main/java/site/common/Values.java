package site.common;

import java.util.List;

/** Loose conversions for values read from TOML, YAML and JSON, which type the same setting differently. */
public final class Values {
    private Values() {}

    public static String string(Object v, String fallback) {
        return v == null ? fallback : String.valueOf(v);
    }

    public static boolean bool(Object v, boolean fallback) {
        if (v instanceof Boolean b) return b;
        if (v instanceof String s
                && (s.trim().equalsIgnoreCase("true") || s.trim().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.trim());
        }
        return fallback;
    }

    public static int integer(Object v, int fallback) {
        if (v instanceof Number n) return n.intValue();
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** A scalar where a list is expected is a one-item list, as Hugo reads it. */
    public static List<String> strings(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l)
            return l.stream().filter(x -> x != null).map(String::valueOf).toList();
        String s = String.valueOf(v);
        return s.isEmpty() ? List.of() : List.of(s);
    }
}
