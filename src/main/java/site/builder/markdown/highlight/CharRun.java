package site.builder.markdown.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule whose regex is a run of characters of one or two classes ({@code \s+}, {@code [~^*!%&]},
 * {@code [\w$][\w$]*}), matched without the regex engine over ASCII text: whitespace, punctuation and names are
 * most tokens, and a regex attempt costs several times a table lookup. Which ASCII characters each class takes is
 * asked of the regex itself, once; at any other character the rule falls back to its regex.
 */
final class CharRun implements FastRule {
    private static final String ATOM =
            "\\[(?:\\\\.|[^\\\\\\[\\]])*\\]|\\\\[sSwWdDntrfhHvV]|\\\\[^a-zA-Z0-9]|\\.|[^\\\\\\[\\](){}.*+?^$|]";
    private static final String QUANTIFIER = "(?:[+*]\\+?)?";
    /** One class, once or repeated; or one character of a class then a run of another, as in a name. */
    private static final Pattern FORM =
            Pattern.compile("(" + ATOM + ")(" + QUANTIFIER + ")(?:(" + ATOM + ")(" + QUANTIFIER + "))?");

    private final boolean[] first;
    private final boolean firstRepeats;
    /** The second class, or null when there is none. */
    private final boolean[] rest;

    private final boolean restRequired;

    private CharRun(boolean[] first, boolean firstRepeats, boolean[] rest, boolean restRequired) {
        this.first = first;
        this.firstRepeats = firstRepeats;
        this.rest = rest;
        this.restRequired = restRequired;
    }

    /** The run a rule's regex describes, or null when it is not one (or could match nothing). */
    static CharRun of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return null;
        Matcher form = FORM.matcher(pattern.pattern());
        if (!form.matches()) return null;
        String firstQuantifier = form.group(2);
        if (firstQuantifier.startsWith("*")) return null;
        boolean[] first = members(form.group(1), pattern.flags());
        if (form.group(3) == null) return new CharRun(first, !firstQuantifier.isEmpty(), null, false);
        // After a repeated class the second would take back characters from it: not a plain run.
        if (!firstQuantifier.isEmpty() || form.group(4).isEmpty()) return null;
        return new CharRun(
                first,
                false,
                members(form.group(3), pattern.flags()),
                form.group(4).startsWith("+"));
    }

    private static boolean[] members(String atom, int flags) {
        Matcher m = Pattern.compile(atom, flags).matcher("");
        boolean[] members = new boolean[128];
        for (char c = 0; c < 128; c++) members[c] = m.reset(String.valueOf(c)).matches();
        return members;
    }

    @Override
    public int end(String code, int pos) {
        char c = code.charAt(pos);
        if (c >= 128) return UNDECIDED;
        if (!first[c]) return NO_MATCH;
        int end = pos + 1;
        boolean[] repeated = rest != null ? rest : firstRepeats ? first : null;
        if (repeated == null) return end;
        for (; end < code.length(); end++) {
            char next = code.charAt(end);
            if (next >= 128) return UNDECIDED;
            if (!repeated[next]) break;
        }
        return restRequired && end == pos + 1 ? NO_MATCH : end;
    }
}
