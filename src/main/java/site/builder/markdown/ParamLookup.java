package site.builder.markdown;

import java.util.Locale;
import java.util.Map;

/** Looks up a (possibly dotted, case-insensitive) key in page or site params, as Hugo's {@code .Param}. */
final class ParamLookup {
    private ParamLookup() {}

    static Object lookup(Map<String, Object> params, String key) {
        Object current = params;
        for (String part : key.toLowerCase(Locale.ROOT).split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) return null;
            current = map.get(part);
        }
        return current;
    }
}
