package site.builder.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import site.builder.config.ConfigTypes.Kind;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;

/**
 * Gives every setting in {@link ConfigTypes} the value Hugo 0.111.3 would read: {@code summaryLength = "10"} is 10,
 * {@code enableRobotsTXT = "yes"} is false. Where Hugo's conversion loses the value it falls back to zero without a
 * word; site does the same but warns at the key's file and line. Where Hugo stops, site stops, with the line.
 */
final class ConfigTypeCheck {
    private final Map<String, KeyOrigin> origins;
    private final List<LocatedError> errors = new ArrayList<>();
    private final List<LocatedError> warnings = new ArrayList<>();

    private ConfigTypeCheck(Map<String, KeyOrigin> origins) {
        this.origins = origins;
    }

    /** A copy of {@code raw} with the settings converted; throws when a value would stop Hugo. */
    static Map<String, Object> apply(Map<String, Object> raw, Map<String, KeyOrigin> origins, BuildLog log) {
        Map<String, Object> copy = Maps.lowerKeys(raw);
        ConfigTypeCheck check = new ConfigTypeCheck(origins);
        for (ConfigTypes.Rule rule : ConfigTypes.RULES)
            check.visit(copy, rule.path().split("\\."), 0, "", rule.kind());
        if (!check.errors.isEmpty()) throw new LocatedException(check.errors);
        // in file and line order, as a reader goes through the config
        check.warnings.stream()
                .sorted(java.util.Comparator.comparing((LocatedError w) -> String.valueOf(w.file()))
                        .thenComparingInt(LocatedError::line))
                .forEach(log::warn);
        return copy;
    }

    /** Walks to every value the rule's path names ({@code *} expanding to each key or index) and converts it. */
    @SuppressWarnings("unchecked")
    private void visit(Object node, String[] path, int i, String at, Kind kind) {
        if (node instanceof Map<?, ?> map) {
            List<String> keys =
                    path[i].equals("*") ? new ArrayList<>((java.util.Set<String>) map.keySet()) : List.of(path[i]);
            for (String key : keys) {
                if (!map.containsKey(key)) continue;
                String here = KeyLines.join(at, key);
                if (i == path.length - 1) ((Map<String, Object>) map).put(key, convert(map.get(key), here, kind));
                else visit(map.get(key), path, i + 1, here, kind);
            }
        } else if (node instanceof List<?> list && path[i].equals("*") && i < path.length - 1) {
            for (int index = 0; index < list.size(); index++) {
                visit(list.get(index), path, i + 1, KeyLines.join(at, String.valueOf(index)), kind);
            }
        }
    }

    private Object convert(Object value, String at, Kind kind) {
        KeyOrigin origin = origin(at);
        return switch (kind) {
            case BOOL -> lost(HugoCast.bool(value, origin.format()), value, false, "false", at, kind);
            // read as if from TOML, where no number is a boolean
            case UGLY_URLS ->
                value instanceof Map<?, ?>
                        ? value
                        : lost(HugoCast.bool(value, DataFormat.TOML), value, false, "false", at, kind);
            case INT -> lost(HugoCast.integer(value), value, 0L, "0", at, kind);
            case FLOAT -> lost(HugoCast.decimal(value), value, 0.0, "0", at, kind);
            case STRING -> lost(HugoCast.string(value), value, "", "\"\"", at, kind);
            case STRINGS -> strings(value, at);
            case TABLE ->
                lost(
                        value instanceof Map<?, ?> ? Optional.of(value) : Optional.empty(),
                        value,
                        new LinkedHashMap<String, Object>(),
                        "an empty table",
                        at,
                        kind);
            case TABLE_REQUIRED -> required(value instanceof Map<?, ?>, value, at, kind);
            case MENU -> required(value instanceof List<?>, value, at, kind);
            case DECODED_BOOL -> decoded(HugoDecode.bool(value), value, at, kind);
            case DECODED_INT -> decoded(HugoDecode.integer(value), value, at, kind);
            case DECODED_STRING -> decoded(HugoDecode.string(value), value, at, kind);
            case DECODED_TABLE -> required(value instanceof Map<?, ?>, value, at, kind);
            case PAGER_SIZE -> {
                required(HugoCast.integer(value).filter(n -> n > 0).isPresent(), value, at, kind);
                yield HugoCast.integer(value).<Object>map(n -> n).orElse(value);
            }
        };
    }

    /** The converted value; or, when Hugo's conversion fails, Hugo's fallback and a warning at the key. */
    private Object lost(
            Optional<?> converted, Object value, Object fallback, String fallbackText, String at, Kind kind) {
        if (converted.isPresent()) return converted.get();
        warnings.add(located(
                at,
                "expected " + kind.expected + ", found " + describe(value) + "; read as " + fallbackText
                        + ", as Hugo does"));
        return fallback;
    }

    /** cast.ToStringSlice, warning for a table or for list items that are no text (each becomes ""). */
    private Object strings(Object value, String at) {
        Optional<List<String>> converted = HugoCast.strings(value);
        boolean itemsLost = value instanceof List<?> list
                && list.stream().anyMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
        if (converted.isPresent() && !itemsLost) return converted.get();
        warnings.add(located(
                at,
                "expected " + Kind.STRINGS.expected + ", found " + describe(value) + "; "
                        + (itemsLost ? "its tables and lists read as \"\"" : "read as an empty list")
                        + ", as Hugo does"));
        return converted.orElse(List.of());
    }

    /** The decoded value, or the value kept and an error: Hugo stops. */
    private Object decoded(Optional<?> converted, Object value, String at, Kind kind) {
        required(converted.isPresent(), value, at, kind);
        return converted.isPresent() ? converted.get() : value;
    }

    private Object required(boolean ok, Object value, String at, Kind kind) {
        if (!ok) errors.add(located(at, "expected " + kind.expected + ", found " + describe(value) + stop(kind)));
        return value;
    }

    private static String stop(Kind kind) {
        return switch (kind) {
            case MENU ->
                "; Hugo stops too when a template reads the menus, as themes do (\"menus in site config contain errors\")";
            case PAGER_SIZE ->
                "; Hugo stops too, when a page is paginated (\"'paginate' configuration setting must be"
                        + " positive to paginate\")";
            case DECODED_BOOL, DECODED_INT, DECODED_STRING, DECODED_TABLE ->
                "; Hugo stops too (\"1 error(s) decoding\")";
            default -> "; Hugo stops too, or builds no pages";
        };
    }

    /** The key as written (its unknown tail as read) at its file and line. */
    private LocatedError located(String at, String message) {
        KeyOrigin origin = origin(at);
        return new LocatedError(origin.file(), origin.line(), origin.key() + ": " + message);
    }

    /**
     * Where the key was set; else where its nearest table was (a key inside a TOML inline table), with the rest of
     * the key appended; else nowhere (a HUGO_* variable).
     */
    private KeyOrigin origin(String at) {
        for (String path = at;
                !path.isEmpty();
                path = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "") {
            KeyOrigin origin = origins.get(path);
            if (origin != null) {
                return new KeyOrigin(
                        origin.file(), origin.line(), origin.key() + at.substring(path.length()), origin.format());
            }
        }
        return new KeyOrigin(null, 0, at, null);
    }

    /** A value as a message shows it: text quoted, a list or table by its kind. */
    static String describe(Object value) {
        if (value instanceof String s) return "\"" + s + "\"";
        if (value instanceof Map<?, ?>) return "a table";
        if (value instanceof List<?>) return "a list";
        return String.valueOf(value);
    }
}
