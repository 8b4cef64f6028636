package site.builder.markdown.highlight;

/**
 * Reads the structure of a rule's regex text where the engine can use it: whether every match starts at a line
 * start, whether a failure holds to the line's end, and the regex without its lookbehinds. Any construct it does not follow ({@code \Q}, comments mode, an
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
        for (int i = syntax(regex, 0); i < regex.length(); i = syntax(regex, i + 1)) {
            if (i < 0) return false;
            char c = regex.charAt(i);
            if (c == '(') {
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
     * The regex with every lookbehind group removed, or null when it cannot tell where they end. The result matches
     * wherever the regex does, and perhaps elsewhere too: a back reference (whose group may have been in a removed
     * lookbehind, or renumbered) becomes {@code [\s\S]*}, which matches whatever text it did, or nothing when its
     * group is always empty, as in {@code ()}.
     */
    static String withoutLookbehinds(String regex) {
        if (!followable(regex)) return null;
        java.util.List<Boolean> emptyGroups = emptyGroups(regex);
        if (emptyGroups == null) return null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
                int end = groupEnd(regex, i);
                if (end < 0) return null;
                i = end + 1;
            } else if (regex.startsWith("\\k<", i)) {
                int end = regex.indexOf('>', i);
                if (end < 0) return null;
                out.append("[\\s\\S]*");
                i = end + 1;
            } else if (c == '\\'
                    && i + 1 < regex.length()
                    && regex.charAt(i + 1) >= '1'
                    && regex.charAt(i + 1) <= '9') {
                // As Java reads it: the longest number that names a group.
                int group = regex.charAt(i + 1) - '0';
                i += 2;
                while (i < regex.length()
                        && Character.isDigit(regex.charAt(i))
                        && group * 10 + (regex.charAt(i) - '0') <= emptyGroups.size()) {
                    group = group * 10 + (regex.charAt(i++) - '0');
                }
                if (group > emptyGroups.size() || !emptyGroups.get(group - 1)) out.append("[\\s\\S]*");
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

    /** Per capturing group in order, whether it is written empty, {@code ()}; null when a group does not close. */
    private static java.util.List<Boolean> emptyGroups(String regex) {
        java.util.List<Boolean> groups = new java.util.ArrayList<>();
        for (int i = syntax(regex, 0); i < regex.length(); i = syntax(regex, i + 1)) {
            if (i < 0) return null;
            if (regex.charAt(i) != '(') continue;
            boolean named =
                    regex.startsWith("(?<", i) && i + 3 < regex.length() && Character.isLetter(regex.charAt(i + 3));
            if (regex.startsWith("(?", i) && !named) continue;
            int end = groupEnd(regex, i);
            if (end < 0) return null;
            groups.add(end == i + 1);
        }
        return groups;
    }

    /**
     * Whether the regex starts with {@code .*?} or {@code .*} (in a group or not) and has no alternative and no back
     * reference: it matches at a position exactly when its rest matches somewhere from there to the line's end
     * (with Java's {@code UNIX_LINES} and without {@code DOTALL}, which the caller checks).
     */
    static boolean scansToLineEnd(String regex) {
        return ANY_TEXT_FIRST.matcher(regex).lookingAt()
                && regex.indexOf('|') < 0
                && !BACK_REFERENCE.matcher(regex).find()
                && followable(regex);
    }

    private static final java.util.regex.Pattern ANY_TEXT_FIRST =
            java.util.regex.Pattern.compile("\\(?\\.\\*\\??(?![+*?{])");
    private static final java.util.regex.Pattern BACK_REFERENCE =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[1-9]|k<)");

    private static boolean followable(String regex) {
        return !regex.contains("\\Q") && !regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*");
    }

    /** The index of the {@code )} closing the group opened at {@code open}, or -1. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = syntax(regex, open); i >= 0 && i < regex.length(); i = syntax(regex, i + 1)) {
            if (regex.charAt(i) == '(') depth++;
            else if (regex.charAt(i) == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /**
     * The index of the next {@code (}, {@code )} or {@code |} at or after {@code from}, past escapes and character
     * classes: the regex's length when there is none, -1 when a class there does not close.
     */
    private static int syntax(String regex, int from) {
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) return -1;
            } else if (c == '(' || c == ')' || c == '|') {
                return i;
            }
        }
        return regex.length();
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
