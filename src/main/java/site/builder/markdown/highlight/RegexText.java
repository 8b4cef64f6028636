package site.builder.markdown.highlight;

/**
 * Reads the structure of a rule's regex text where the engine can use it: whether every match starts at a line
 * start, and the regex without its lookbehinds. Any construct it does not follow ({@code \Q}, comments mode, an
 * unbalanced or odd character class) makes it answer that it cannot tell.
 */
final class RegexText {
    private RegexText() {}

    /** Whether the regex starts with {@code ^} outside any alternation, so that it can only match at a line start. */
    static boolean startsAtLineStart(String regex) {
        if (!regex.startsWith("^")
                || regex.length() > 1 && "?*+{".indexOf(regex.charAt(1)) >= 0
                || !followable(regex)) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) return false;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The regex with every lookbehind group removed, or null when it cannot tell where they end (or a back
     * reference could change meaning). The result matches wherever the regex does, and perhaps elsewhere too.
     */
    static String withoutLookbehinds(String regex) {
        if (!followable(regex) || regex.matches("(?s).*\\\\(?:[1-9]|k<).*")) return null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
                int end = groupEnd(regex, i);
                if (end < 0) return null;
                i = end + 1;
            } else if (c == '\\') {
                if (i + 1 >= regex.length()) return null;
                out.append(regex, i, i + 2);
                i += 2;
            } else if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) return null;
                out.append(regex, i, end + 1);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean followable(String regex) {
        return !regex.contains("\\Q") && !regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*");
    }

    /** The index of the {@code )} closing the group opened at {@code open}, or -1. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the {@code ]} closing the class opened at {@code open} (classes may nest), or -1. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') i++;
        // A ']' first in a class is a case this reader does not follow.
        if (i >= regex.length() || regex.charAt(i) == ']') return -1;
        int depth = 1;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
