package site.builder.markdown;

import java.util.Map;
import site.common.Values;

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
        return Values.bool(values.get(key), fallback);
    }

    int integer(String key, int fallback) {
        return Values.integer(values.get(key), fallback);
    }

    String string(String key, String fallback) {
        return Values.string(values.get(key), fallback);
    }
}
