package site.builder.create;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.builder.content.TitleCase;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.UrlPaths;

/**
 * The part of Go's text/template that archetypes use: actions of pipelines ({@code {{ replace .Name "-" " " |
 * title }}}), the trim markers {@code {{-} and {@code -}}}, comments, string literals, the page's fields
 * ({@code .Name}, {@code .Date}, {@code .Type}, {@code .Section}, {@code .Kind}, {@code .Site.Title},
 * {@code .Site.BaseURL}, {@code .Site.Language.Lang}) and the functions replace, title, upper, lower, humanize,
 * urlize, trim. Anything else (if, range, with, other functions) is an error naming the archetype's file and
 * line, rather than a file written half-filled.
 */
final class ArchetypeTemplate {
    private static final String SUPPORTED = "fields .Name .Date .Type .Section .Kind .Site.Title .Site.BaseURL"
            + " .Site.Language.Lang; functions replace, title, upper, lower, humanize, urlize, trim";

    private ArchetypeTemplate() {}

    /** The archetype's text with every action replaced by its value. */
    static String execute(String text, Map<String, String> fields, Path file) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int open = text.indexOf("{{", at);
            if (open < 0) return out.append(text, at, text.length()).toString();
            int close = text.indexOf("}}", open + 2);
            if (close < 0) throw error(file, text, open, "an action opened with {{ is not closed with }}");
            String action = text.substring(open + 2, close);
            String before = text.substring(at, open);
            if (action.startsWith("-") && (action.length() == 1 || Character.isWhitespace(action.charAt(1)))) {
                before = before.stripTrailing();
                action = action.substring(1);
            }
            at = close + 2;
            if (action.endsWith("-") && action.length() > 1 && Character.isWhitespace(action.charAt(action.length() - 2))) {
                action = action.substring(0, action.length() - 1);
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            }
            out.append(before).append(evaluate(action.strip(), fields, file, text, open));
        }
    }

    private static String evaluate(String action, Map<String, String> fields, Path file, String text, int at) {
        if (action.startsWith("/*") && action.endsWith("*/")) return "";
        String value = null;
        for (String command : splitPipeline(action, file, text, at)) {
            List<String> words = words(command, file, text, at);
            if (words.isEmpty()) throw error(file, text, at, "an empty command in {{ " + action + " }}");
            if (value != null) words.add(quote(value));
            value = command(words, fields, file, text, at, action);
        }
        return value == null ? "" : value;
    }

    private static String command(List<String> words, Map<String, String> fields, Path file, String text, int at,
                                  String action) {
        String head = words.get(0);
        List<String> args = new ArrayList<>();
        for (String word : words.subList(1, words.size())) args.add(operand(word, fields, file, text, at, action));
        if (head.startsWith(".") || head.startsWith("\"") || head.startsWith("`")) {
            if (!args.isEmpty()) throw error(file, text, at, "{{ " + action + " }}: " + head + " takes no arguments");
            return operand(head, fields, file, text, at, action);
        }
        String result = switch (head) {
            case "replace" -> args.size() == 3 ? args.get(0).replace(args.get(1), args.get(2)) : null;
            case "title" -> args.size() == 1 ? TitleCase.ap(args.get(0)) : null;
            case "upper" -> args.size() == 1 ? args.get(0).toUpperCase(Locale.ROOT) : null;
            case "lower" -> args.size() == 1 ? args.get(0).toLowerCase(Locale.ROOT) : null;
            case "trim" -> args.size() == 2 ? trim(args.get(0), args.get(1)) : null;
            case "urlize" -> args.size() == 1 ? UrlPaths.urlize(args.get(0)) : null;
            case "humanize" -> args.size() == 1 ? humanize(args.get(0)) : null;
            default -> throw error(file, text, at, "{{ " + action + " }}: \"" + head
                    + "\" is not supported in archetypes here (supported: " + SUPPORTED + ")");
        };
        if (result == null) throw error(file, text, at, "{{ " + action + " }}: wrong number of arguments for " + head);
        return result;
    }

    private static String operand(String word, Map<String, String> fields, Path file, String text, int at, String action) {
        if (word.startsWith("\"") || word.startsWith("`")) return word.substring(1, word.length() - 1);
        String value = fields.get(word);
        if (value == null) {
            throw error(file, text, at, "{{ " + action + " }}: \"" + word + "\" is not supported in archetypes here (supported: "
                    + SUPPORTED + ")");
        }
        return value;
    }

    private static List<String> splitPipeline(String action, Path file, String text, int at) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : action.toCharArray()) {
            if (quote != 0 && c == quote) quote = 0;
            else if (quote == 0 && (c == '"' || c == '`')) quote = c;
            if (quote == 0 && c == '|') {
                commands.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quote != 0) throw error(file, text, at, "{{ " + action + " }}: a string is not closed");
        commands.add(current.toString().strip());
        return commands;
    }

    /** Words of one command: identifiers, fields and string literals (Go escapes \" \\ \n \t in "..."). */
    private static List<String> words(String command, Path file, String text, int at) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                StringBuilder literal = new StringBuilder().append('"');
                int j = i + 1;
                while (j < command.length() && command.charAt(j) != c) {
                    char d = command.charAt(j);
                    if (c == '"' && d == '\\' && j + 1 < command.length()) {
                        char e = command.charAt(++j);
                        literal.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                    } else {
                        literal.append(d);
                    }
                    j++;
                }
                out.add(literal.append('"').toString());
                i = j + 1;
            } else {
                int j = i;
                while (j < command.length() && !Character.isWhitespace(command.charAt(j))) j++;
                out.add(command.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private static String trim(String s, String cutset) {
        int start = 0, end = s.length();
        while (start < end && cutset.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && cutset.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(start, end);
    }

    /** Hugo's humanize: hyphens and underscores become spaces, the first letter upper case. */
    private static String humanize(String s) {
        String spaced = s.replace('-', ' ').replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static LocatedException error(Path file, String text, int at, String message) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return new LocatedException(new LocatedError(file, line, message));
    }
}
