package site.builder.config;

import java.util.Map;
import java.util.Optional;

/**
 * How Hugo 0.111.3 reads the [markup] table: into Go structs by mapstructure's weak decoding, which converts more
 * than cast does ({@code unsafe = 1} in TOML is true) but fails the build, not falls back, on a value it cannot
 * convert ({@code unsafe = "yes"}: "cannot parse 'Goldmark.Renderer.Unsafe' as bool").
 */
final class HugoDecode {
    private HugoDecode() {}

    /** A boolean; any number is true unless 0; text by strconv.ParseBool, "" being false. */
    static Optional<Boolean> bool(Object v) {
        if (v instanceof Boolean b) return Optional.of(b);
        if (v instanceof Number n) return Optional.of(n.doubleValue() != 0);
        if (v instanceof String s && s.isEmpty()) return Optional.of(false);
        return v instanceof String ? HugoCast.bool(v, DataFormat.TOML) : Optional.empty();
    }

    /** An integer; floats truncated, booleans 1 or 0, text in Go syntax, "" being 0. */
    static Optional<Long> integer(Object v) {
        if (v instanceof String s && s.isEmpty()) return Optional.of(0L);
        if (v == null || v instanceof Map<?, ?> || v instanceof java.util.List<?>) return Optional.empty();
        return HugoCast.integer(v);
    }

    /** Text; numbers as Go prints them, booleans as "1" or "0"; not lists or tables. */
    static Optional<String> string(Object v) {
        if (v instanceof Boolean b) return Optional.of(b ? "1" : "0");
        if (v instanceof String || v instanceof Number) return HugoCast.string(v);
        return Optional.empty();
    }
}
