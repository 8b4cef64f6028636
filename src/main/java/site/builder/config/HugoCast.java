package site.builder.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Hugo 0.111.3 turns a config value into the type a setting needs: its cast library (spf13/cast 1.5).
 * Each method returns empty where cast fails; Hugo then uses the type's zero value (0, false, "") without a word.
 * The Go type a value had in Hugo depends on the file: YAML integers are Go ints, TOML integers int64 and
 * JSON numbers float64, and cast 1.5 reads only a Go int as a boolean.
 */
final class HugoCast {
    private HugoCast() {}

    /** cast.ToIntE: integers, floats (truncated), booleans (1 or 0), strings in Go syntax ("0x10", "10.0"). */
    static Optional<Long> integer(Object v) {
        if (v == null) return Optional.of(0L);
        if (v instanceof Boolean b) return Optional.of(b ? 1L : 0L);
        if (v instanceof Number n) return Optional.of(n.longValue());
        if (v instanceof String s) return goInteger(s);
        return Optional.empty();
    }

    /** cast.ToFloat64E: numbers, booleans, and strings strconv.ParseFloat reads. */
    static Optional<Double> decimal(Object v) {
        if (v == null) return Optional.of(0.0);
        if (v instanceof Boolean b) return Optional.of(b ? 1.0 : 0.0);
        if (v instanceof Number n) return Optional.of(n.doubleValue());
        if (v instanceof String s && s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.of(Double.parseDouble(s));
        }
        return Optional.empty();
    }

    /** cast.ToBoolE: booleans, Go's strconv.ParseBool spellings, and a YAML integer (not 0). */
    static Optional<Boolean> bool(Object v, DataFormat from) {
        if (v == null) return Optional.of(false);
        if (v instanceof Boolean b) return Optional.of(b);
        if (v instanceof String s) {
            return switch (s) {
                case "1", "t", "T", "true", "TRUE", "True" -> Optional.of(true);
                case "0", "f", "F", "false", "FALSE", "False" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
        boolean goInt = v instanceof Integer || v instanceof Long || v instanceof BigInteger;
        if (goInt && from == DataFormat.YAML) return Optional.of(((Number) v).longValue() != 0);
        return Optional.empty();
    }

    /** cast.ToStringE: strings, numbers as Go prints them (1.0 is "1"), booleans; not lists or tables. */
    static Optional<String> string(Object v) {
        if (v == null) return Optional.of("");
        if (v instanceof String s) return Optional.of(s);
        if (v instanceof Boolean b) return Optional.of(b.toString());
        if (v instanceof BigDecimal d) return Optional.of(plain(d));
        if (v instanceof Double d && !d.isInfinite() && !d.isNaN()) return Optional.of(plain(BigDecimal.valueOf(d)));
        if (v instanceof Number n) return Optional.of(n.toString());
        return Optional.empty();
    }

    /**
     * cast.ToStringSliceE: a list (each item as a string, "" for one that is none), a string split at white space
     * ("RSS home" is two), any other scalar as a one-item list; empty for a table.
     */
    static Optional<List<String>> strings(Object v) {
        if (v == null) return Optional.of(List.of());
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) out.add(string(item).orElse(""));
            return Optional.of(out);
        }
        if (v instanceof String s)
            return Optional.of(s.isBlank() ? List.of() : List.of(s.strip().split("\\s+")));
        if (v instanceof Map<?, ?>) return Optional.empty();
        return string(v).map(List::of);
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    /** strconv.ParseInt(s, 0, 0) after cast's trimming of a ".0" tail: signs, 0x/0o/0b, a leading 0 for octal, _. */
    private static Optional<Long> goInteger(String s) {
        String t = s.matches(".*\\.0*") && s.indexOf('.') > 0 ? s.substring(0, s.indexOf('.')) : s;
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        int radix = 10;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x")) radix = 16;
        else if (lower.startsWith("0o")) radix = 8;
        else if (lower.startsWith("0b")) radix = 2;
        else if (t.length() > 1 && t.startsWith("0")) radix = 8;
        String digits = radix == 10 ? t : radix == 8 && !lower.startsWith("0o") ? t.substring(1) : t.substring(2);
        // Go allows an underscore between digits, and right after a base prefix
        if (digits.contains("_") && !digits.matches((radix == 10 ? "" : "_?") + "[0-9a-zA-Z]+(_[0-9a-zA-Z]+)*")) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(digits.replace("_", ""), radix);
            return digits.isEmpty() || digits.startsWith("+") || digits.startsWith("-")
                    ? Optional.empty()
                    : Optional.of(negative ? -value : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
