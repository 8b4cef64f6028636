package site.builder.create;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's fmt.Sprint, Sprintln and Sprintf for the values an archetype handles (print, println, printf). */
final class GoPrint {
    private static final Pattern VERB = Pattern.compile("%([-+# 0]*)(\\d+)?(?:\\.(\\d+))?([%vsdqtfgxX])");

    private GoPrint() {}

    /** Sprint: a space between two operands only when neither is a string. */
    static String sprint(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0 && !(args.get(i) instanceof CharSequence) && !(args.get(i - 1) instanceof CharSequence))
                out.append(' ');
            out.append(TemplateValues.print(args.get(i)));
        }
        return out.toString();
    }

    static String sprintln(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) out.append(i > 0 ? " " : "").append(TemplateValues.print(args.get(i)));
        return out.append('\n').toString();
    }

    static String sprintf(String format, List<Object> args) {
        Matcher m = VERB.matcher(format);
        StringBuilder out = new StringBuilder();
        int next = 0, last = 0;
        while (m.find()) {
            out.append(format, last, m.start());
            last = m.end();
            char verb = m.group(4).charAt(0);
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.size()) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            out.append(one(m.group(1), m.group(2), m.group(3), verb, args.get(next++)));
        }
        out.append(format.substring(last));
        if (next < args.size()) {
            out.append("%!(EXTRA ");
            for (int i = next; i < args.size(); i++) {
                out.append(i > next ? ", " : "")
                        .append(TemplateValues.typeName(args.get(i)))
                        .append('=')
                        .append(TemplateValues.print(args.get(i)));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String one(String flags, String width, String precision, char verb, Object arg) {
        String w = width == null ? "" : width;
        String javaFlags = flags.replace(" ", "").replace("#", "");
        switch (verb) {
            case 'd', 'x', 'X' -> {
                if (!(arg instanceof Number n) || arg instanceof Double || arg instanceof Float) return bad(verb, arg);
                return String.format(Locale.ROOT, "%" + javaFlags + w + verb, n.longValue());
            }
            case 'f', 'g' -> {
                if (!(arg instanceof Number n)) return bad(verb, arg);
                String p = precision == null ? (verb == 'f' ? ".6" : "") : "." + precision;
                if (verb == 'g' && precision == null) return TemplateValues.print(n.doubleValue());
                return String.format(Locale.ROOT, "%" + javaFlags + w + p + verb, n.doubleValue());
            }
            case 't' -> {
                return arg instanceof Boolean b ? pad(flags, w, b.toString()) : bad(verb, arg);
            }
            case 'q' -> {
                String s = TemplateValues.print(arg)
                        .replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t");
                return pad(flags, w, "\"" + s + "\"");
            }
            default -> {
                String s = TemplateValues.print(arg);
                return pad(
                        flags,
                        w,
                        precision == null ? s : s.substring(0, Math.min(s.length(), Integer.parseInt(precision))));
            }
        }
    }

    private static String pad(String flags, String width, String s) {
        if (width.isEmpty()) return s;
        return String.format(Locale.ROOT, "%" + (flags.contains("-") ? "-" : "") + width + "s", s);
    }

    private static String bad(char verb, Object arg) {
        return "%!" + verb + "(" + TemplateValues.typeName(arg) + "=" + TemplateValues.print(arg) + ")";
    }
}
