package site.builder.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Hugo's configuration from the environment: {@code HUGO_TITLE=x} sets {@code title}, {@code HUGO_PARAMS_COLOR=red}
 * sets {@code params.color}; the character after "HUGO" is the delimiter, so {@code HUGOxPARAMSxAPI_KEY} reaches a key
 * with an underscore. A value takes the type of the configured value it replaces (a number, a boolean), as in
 * Hugo 0.111.3, and stays a string otherwise; one that cannot be read as that type is ignored, with a warning.
 */
final class EnvironmentOverrides {
    private static final String PREFIX = "HUGO";

    private EnvironmentOverrides() {}

    /** HUGO_ENVIRONMENT, else HUGO_ENV, when set and not empty. */
    static Optional<String> environment(Map<String, String> env) {
        for (String name : new String[] {"HUGO_ENVIRONMENT", "HUGO_ENV"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) return Optional.of(value);
        }
        return Optional.empty();
    }

    /**
     * The overrides as a nested map with lower-case keys, ready to merge over {@code configured} (the files'
     * configuration, whose values give the types); {@code warnings} hears of values that do not fit their type.
     */
    static Map<String, Object> config(
            Map<String, String> env, Map<String, Object> configured, Consumer<String> warnings) {
        Map<String, Object> out = new LinkedHashMap<>();
        // sorted, so that two variables reaching one key always resolve the same way
        new TreeMap<>(env).forEach((name, value) -> {
            if (!name.startsWith(PREFIX) || name.length() < PREFIX.length() + 2) return;
            String delimiter = name.substring(PREFIX.length(), PREFIX.length() + 1);
            String[] path = name.substring(PREFIX.length() + 1).split(Pattern.quote(delimiter), -1);
            for (int i = 0; i < path.length; i++) {
                if (path[i].isEmpty()) return;
                path[i] = path[i].toLowerCase(Locale.ROOT);
            }
            Object typed = typed(value, existing(configured, path));
            if (typed == null) {
                warnings.accept(name + ": \"" + value + "\" is not a " + typeName(existing(configured, path))
                        + " like the configured " + String.join(".", path) + "; ignored");
                return;
            }
            put(out, path, typed);
        });
        return out;
    }

    /** The configured value at {@code path}, or null. */
    private static Object existing(Map<String, Object> configured, String[] path) {
        Object at = configured;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> map)) return null;
            at = map.get(key);
        }
        return at;
    }

    /** The value as the type of the one it replaces, or null when it cannot be read as that type. */
    static Object typed(String value, Object replaced) {
        try {
            if (replaced instanceof Integer || replaced instanceof Long || replaced instanceof java.math.BigInteger) {
                return Long.parseLong(value.strip());
            }
            if (replaced instanceof Number) return Double.parseDouble(value.strip()); // TOML floats read as BigDecimal
        } catch (NumberFormatException e) {
            return null;
        }
        if (replaced instanceof Boolean) return goBool(value);
        return value;
    }

    /** Go's strconv.ParseBool. */
    private static Boolean goBool(String value) {
        return switch (value) {
            case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
            case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String typeName(Object replaced) {
        return replaced instanceof Boolean ? "boolean" : "number";
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> map, String[] path, Object value) {
        Map<String, Object> at = map;
        for (int i = 0; i < path.length - 1; i++) {
            Object next = at.get(path[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                at.put(path[i], next);
            }
            at = (Map<String, Object>) next;
        }
        at.put(path[path.length - 1], value);
    }
}
