package site.builder.create;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import site.common.GoLayout;

/**
 * Go's view of the values an archetype handles: which are true, how each prints (fmt's %v: a list as
 * {@code [a b]}, a map as {@code map[k:v]}, a missing map key as {@code <no value>}), and what a field means on
 * each: a {@link Struct} has fixed fields (Hugo's error for another), a map (site params) is looked up without
 * regard to case, a time has the methods Format, Year, Month, Day and Unix.
 */
final class TemplateValues {
    private static final DateTimeFormatter GO_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z z", Locale.ROOT);

    private TemplateValues() {}

    /** A Go struct of Hugo's (the page, .File, .Site, .Site.Language): its name for errors and its fields. */
    record Struct(String name, Map<String, Object> fields) {}

    static boolean truth(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof CharSequence s) return !s.isEmpty();
        if (v instanceof Collection<?> c) return !c.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }

    static String print(Object v) {
        if (v == null) return "<no value>";
        if (v instanceof Double d) return formatDouble(d);
        if (v instanceof Float f) return formatDouble(f.doubleValue());
        if (v instanceof ZonedDateTime t) return GO_TIME.format(t);
        if (v instanceof Collection<?> c) {
            StringJoiner out = new StringJoiner(" ", "[", "]");
            c.forEach(e -> out.add(print(e)));
            return out.toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringJoiner out = new StringJoiner(" ", "map[", "]");
            new TreeMap<>(m).forEach((k, e) -> out.add(k + ":" + print(e)));
            return out.toString();
        }
        if (v instanceof Struct s) {
            // Hugo prints its Go struct, which no archetype wants: say which fields there are instead
            throw new IllegalArgumentException(s.name() + " cannot be printed; print one of its fields ("
                    + String.join(", ", s.fields().keySet()) + ")");
        }
        return v.toString();
    }

    /** Go's %v of a float64: no trailing zeros, an exponent only for very large or small values. */
    private static String formatDouble(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e21)
            return BigDecimal.valueOf(d).toBigInteger().toString();
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code receiver.name args...}; a field that takes no arguments is given none. */
    static Object field(Object receiver, String name, List<Object> args) {
        if (receiver instanceof Struct s) {
            if (!s.fields().containsKey(name)) {
                throw new IllegalArgumentException(
                        "can't evaluate field " + name + " in " + s.name() + " (archetypes here know "
                                + String.join(", ", s.fields().keySet()) + ")");
            }
            noArguments(name, args);
            return s.fields().get(name);
        }
        if (receiver instanceof Map<?, ?> m) {
            noArguments(name, args);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(name)) return e.getValue();
            }
            return null;
        }
        if (receiver instanceof ZonedDateTime t) return timeMethod(t, name, args);
        if (receiver == null) throw new IllegalArgumentException("nil has no field " + name);
        throw new IllegalArgumentException("can't evaluate field " + name + " in " + typeName(receiver));
    }

    private static Object timeMethod(ZonedDateTime t, String name, List<Object> args) {
        if (name.equals("Format")) {
            if (args.size() != 1) throw new IllegalArgumentException("Format takes one layout, such as \"2006-01-02\"");
            return GoLayout.format(t, String.valueOf(args.get(0)));
        }
        noArguments(name, args);
        return switch (name) {
            case "Year" -> (long) t.getYear();
            case "Month" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "Day" -> (long) t.getDayOfMonth();
            case "Unix" -> t.toEpochSecond();
            default ->
                throw new IllegalArgumentException("a time's " + name
                        + " is not supported in archetypes here (Format, Year, Month, Day and Unix are)");
        };
    }

    private static void noArguments(String name, List<Object> args) {
        if (!args.isEmpty()) throw new IllegalArgumentException(name + " takes no arguments");
    }

    static String typeName(Object v) {
        if (v instanceof CharSequence) return "string";
        if (v instanceof Long || v instanceof Integer) return "int";
        if (v instanceof Double || v instanceof Float) return "float64";
        if (v instanceof Boolean) return "bool";
        if (v instanceof Collection<?>) return "slice";
        if (v instanceof Map<?, ?>) return "map";
        return v.getClass().getSimpleName();
    }
}
