package site.builder.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Hugo's configuration from the environment: {@code HUGO_TITLE=x} sets {@code title}, {@code HUGO_PARAMS_COLOR=red}
 * sets {@code params.color}; the character after "HUGO" is the delimiter, so {@code HUGOxPARAMSxAPI_KEY} reaches a key
 * with an underscore. Values stay strings, as Hugo's do.
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

    /** The overrides as a nested map with lower-case keys, ready to merge over the files' configuration. */
    static Map<String, Object> config(Map<String, String> env) {
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
            put(out, path, value);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> map, String[] path, String value) {
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
