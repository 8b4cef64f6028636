package site.builder.markdown;

import java.util.Map;

/** Read-only view of one config table (keys already lower-cased) with typed getters that fall back to defaults. */
record ConfigTable(Map<?, ?> values) {

    static ConfigTable of(Map<?, ?> values) {
        return new ConfigTable(values == null ? Map.of() : values);
    }

    ConfigTable table(String key) {
        return values.get(key) instanceof Map<?, ?> m ? new ConfigTable(m) : new ConfigTable(Map.of());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v instanceof Boolean b) return b;
        if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) return Boolean.parseBoolean(s);
        return fallback;
    }

    int integer(String key, int fallback) {
        Object v = values.get(key);
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

    String string(String key, String fallback) {
        Object v = values.get(key);
        return v == null ? fallback : v.toString();
    }
}
