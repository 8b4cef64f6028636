package site.builder.create;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import site.builder.content.DateParser;
import site.builder.content.TitleCase;
import site.common.GoLayout;
import site.common.UrlPaths;

/**
 * The functions archetypes call, as Hugo 0.111.3 defines them: strings (replace, title, upper, lower, humanize,
 * urlize, trim, chomp, split, the strings.* ones archetypes use), logic and comparison (eq, ne, lt, le, gt, ge,
 * and, or, not, default, in), collections (len, index, slice, delimit), printing (print, printf, println),
 * time (now, time, dateFormat) and site (the archetype's .Site). A misuse is an {@link IllegalArgumentException} the caller places at its line.
 */
final class TemplateFunctions {
    private static final Set<String> NAMES = new TreeSet<>(List.of(
            "replace",
            "title",
            "upper",
            "lower",
            "humanize",
            "urlize",
            "trim",
            "chomp",
            "split",
            "delimit",
            "default",
            "eq",
            "ne",
            "lt",
            "le",
            "gt",
            "ge",
            "and",
            "or",
            "not",
            "in",
            "len",
            "index",
            "slice",
            "print",
            "printf",
            "println",
            "now",
            "time",
            "dateFormat",
            "string",
            "site",
            "strings.TrimPrefix",
            "strings.TrimSuffix",
            "strings.HasPrefix",
            "strings.HasSuffix",
            "strings.Contains",
            "strings.TrimSpace",
            "strings.ToUpper",
            "strings.ToLower",
            "strings.Title",
            "path.Base",
            "path.Dir"));
    private final ZonedDateTime now;
    private final Object site;

    /** @param site what the site function returns: the archetype's .Site */
    TemplateFunctions(ZonedDateTime now, Object site) {
        this.now = now;
        this.site = site;
    }

    static boolean has(String name) {
        return NAMES.contains(name);
    }

    static String names() {
        return String.join(", ", NAMES);
    }

    Object call(String name, List<Object> a) {
        return switch (name) {
            case "replace" ->
                count(name, a, 3, 4) == 3
                        ? str(a, 0).replace(str(a, 1), str(a, 2))
                        : replaceFirst(str(a, 0), str(a, 1), str(a, 2), num(a, 3));
            case "title", "strings.Title" -> TitleCase.ap(one(name, a));
            case "upper", "strings.ToUpper" -> one(name, a).toUpperCase(Locale.ROOT);
            case "lower", "strings.ToLower" -> one(name, a).toLowerCase(Locale.ROOT);
            case "humanize" -> humanize(one(name, a));
            case "urlize" -> UrlPaths.urlize(one(name, a));
            case "trim" -> count(name, a, 2, 2) == 2 ? trim(str(a, 0), str(a, 1)) : null;
            case "strings.TrimSpace" -> one(name, a).strip();
            case "chomp" -> one(name, a).replaceFirst("(\r\n|\r|\n)+$", "");
            case "split" ->
                count(name, a, 2, 2) == 2
                        ? new ArrayList<Object>(List.of(str(a, 0).split(java.util.regex.Pattern.quote(str(a, 1)), -1)))
                        : null;
            case "delimit" -> delimit(a);
            case "strings.TrimPrefix" ->
                count(name, a, 2, 2) == 2 && str(a, 1).startsWith(str(a, 0))
                        ? str(a, 1).substring(str(a, 0).length())
                        : str(a, 1);
            case "strings.TrimSuffix" ->
                count(name, a, 2, 2) == 2 && str(a, 1).endsWith(str(a, 0))
                        ? str(a, 1).substring(0, str(a, 1).length() - str(a, 0).length())
                        : str(a, 1);
            case "strings.HasPrefix" -> count(name, a, 2, 2) == 2 && str(a, 0).startsWith(str(a, 1));
            case "strings.HasSuffix" -> count(name, a, 2, 2) == 2 && str(a, 0).endsWith(str(a, 1));
            case "strings.Contains" -> count(name, a, 2, 2) == 2 && str(a, 0).contains(str(a, 1));
            case "path.Base" -> pathBase(one(name, a));
            case "path.Dir" -> pathDir(one(name, a));
            case "string" -> TemplateValues.print(a.get(count(name, a, 1, 1) - 1));
            case "default" -> count(name, a, 2, 2) == 2 && set(a.get(1)) ? a.get(1) : a.get(0);
            case "eq" ->
                count(name, a, 2, Integer.MAX_VALUE) > 0
                        && a.subList(1, a.size()).stream().anyMatch(b -> same(a.get(0), b));
            case "ne" -> count(name, a, 2, 2) == 2 && !same(a.get(0), a.get(1));
            case "lt" -> compare(name, a) < 0;
            case "le" -> compare(name, a) <= 0;
            case "gt" -> compare(name, a) > 0;
            case "ge" -> compare(name, a) >= 0;
            case "and" -> pick(name, a, false);
            case "or" -> pick(name, a, true);
            case "not" -> !TemplateValues.truth(a.get(count(name, a, 1, 1) - 1));
            case "in" -> count(name, a, 2, 2) == 2 && in(a.get(0), a.get(1));
            case "len" -> (long) length(a.get(count(name, a, 1, 1) - 1));
            case "index" -> index(a);
            case "slice" -> new ArrayList<>(a);
            case "print" -> GoPrint.sprint(a);
            case "println" -> GoPrint.sprintln(a);
            case "printf" -> GoPrint.sprintf(str(a, 0), a.subList(1, a.size()));
            case "now" -> count(name, a, 0, 0) == 0 ? now : null;
            case "site" -> count(name, a, 0, 0) == 0 ? site : null;
            case "time" -> time(a.get(count(name, a, 1, 1) - 1));
            case "dateFormat" -> count(name, a, 2, 2) == 2 ? GoLayout.format(time(a.get(1)), str(a, 0)) : null;
            default ->
                throw new IllegalArgumentException("function \"" + name + "\" is not supported in archetypes here");
        };
    }

    private static int count(String name, List<Object> a, int min, int max) {
        if (a.size() < min || a.size() > max) {
            throw new IllegalArgumentException("wrong number of arguments for " + name + ": " + a.size());
        }
        return a.size();
    }

    private static String one(String name, List<Object> a) {
        count(name, a, 1, 1);
        return str(a, 0);
    }

    private static String str(List<Object> a, int i) {
        if (i >= a.size()) throw new IllegalArgumentException("a value is missing");
        Object v = a.get(i);
        if (v == null) throw new IllegalArgumentException("nil where a string is expected");
        if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
            throw new IllegalArgumentException("a " + TemplateValues.typeName(v) + " where a string is expected");
        }
        return TemplateValues.print(v);
    }

    private static long num(List<Object> a, int i) {
        if (a.get(i) instanceof Number n) return n.longValue();
        throw new IllegalArgumentException("a number is expected, not " + TemplateValues.print(a.get(i)));
    }

    private static String replaceFirst(String s, String old, String with, long limit) {
        String out = s;
        int from = 0;
        for (long n = 0; n < limit; n++) {
            int at = out.indexOf(old, from);
            if (at < 0) break;
            out = out.substring(0, at) + with + out.substring(at + old.length());
            from = at + with.length();
        }
        return out;
    }

    /** Hugo's humanize: hyphens and underscores become spaces, the first letter upper case. */
    private static String humanize(String s) {
        String spaced = s.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String trim(String s, String cutset) {
        int start = 0, end = s.length();
        while (start < end && cutset.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(start, end);
    }

    private static String pathBase(String p) {
        String s = p.replaceAll("/+$", "");
        return s.isEmpty() ? (p.isEmpty() ? "." : "/") : s.substring(s.lastIndexOf('/') + 1);
    }

    private static String pathDir(String p) {
        int slash = p.lastIndexOf('/');
        if (slash < 0) return ".";
        String dir = p.substring(0, slash).replaceAll("/+$", "");
        return dir.isEmpty() ? "/" : dir;
    }

    private static String delimit(List<Object> a) {
        count("delimit", a, 2, 3);
        List<String> items = new ArrayList<>();
        if (a.get(0) instanceof Collection<?> c) c.forEach(e -> items.add(TemplateValues.print(e)));
        else if (a.get(0) instanceof Map<?, ?> m)
            new java.util.TreeMap<>(m).values().forEach(e -> items.add(TemplateValues.print(e)));
        else throw new IllegalArgumentException("delimit takes a list");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(a.size() == 3 && i == items.size() - 1 ? str(a, 2) : str(a, 1));
            out.append(items.get(i));
        }
        return out.toString();
    }

    /** Hugo's "set": any boolean, a non-zero number, a non-empty string or collection, anything else not nil. */
    private static boolean set(Object v) {
        return v instanceof Boolean || TemplateValues.truth(v);
    }

    /** Hugo's eq: numbers by value whatever their type, anything else by equality (a string never equals a number). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.doubleValue() == y.doubleValue();
        if (a instanceof CharSequence x && b instanceof CharSequence y)
            return x.toString().equals(y.toString());
        return a == null ? b == null : a.equals(b);
    }

    private static int compare(String name, List<Object> a) {
        count(name, a, 2, 2);
        Object x = a.get(0), y = a.get(1);
        if (x instanceof Number m && y instanceof Number n) return Double.compare(m.doubleValue(), n.doubleValue());
        if (x instanceof CharSequence m && y instanceof CharSequence n)
            return m.toString().compareTo(n.toString());
        throw new IllegalArgumentException(name + " cannot compare " + TemplateValues.typeName(x) + " and "
                + (y == null ? "nil" : TemplateValues.typeName(y)));
    }

    /** and: the first false argument, else the last; or: the first true one, else the last. */
    private static Object pick(String name, List<Object> a, boolean wanted) {
        count(name, a, 1, Integer.MAX_VALUE);
        for (Object v : a) if (TemplateValues.truth(v) == wanted) return v;
        return a.get(a.size() - 1);
    }

    private static boolean in(Object collection, Object item) {
        if (collection instanceof Collection<?> c) return c.stream().anyMatch(e -> same(e, item));
        if (collection instanceof CharSequence s)
            return item != null && s.toString().contains(TemplateValues.print(item));
        return false;
    }

    private static int length(Object v) {
        if (v instanceof CharSequence s) return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (v instanceof Collection<?> c) return c.size();
        if (v instanceof Map<?, ?> m) return m.size();
        throw new IllegalArgumentException("len of " + (v == null ? "nil" : TemplateValues.typeName(v)));
    }

    private static Object index(List<Object> a) {
        count("index", a, 1, Integer.MAX_VALUE);
        Object v = a.get(0);
        for (Object key : a.subList(1, a.size())) {
            if (v instanceof List<?> list && key instanceof Number n) {
                if (n.intValue() < 0 || n.intValue() >= list.size())
                    throw new IllegalArgumentException("index out of range: " + n);
                v = list.get(n.intValue());
            } else if (v instanceof Map<?, ?> m) {
                v = TemplateValues.field(m, String.valueOf(key), List.of());
            } else {
                throw new IllegalArgumentException("cannot index " + (v == null ? "nil" : TemplateValues.typeName(v)));
            }
        }
        return v;
    }

    private ZonedDateTime time(Object v) {
        if (v instanceof ZonedDateTime t) return t;
        ZoneId zone = now.getZone();
        return DateParser.of(v, zone)
                .orElseThrow(() -> new IllegalArgumentException("not a date: " + TemplateValues.print(v)));
    }
}
