package site.builder.markdown.highlight;

import java.util.regex.Pattern;

/**
 * The character before a match, for a rule whose regex starts with a lookbehind of one character class
 * ({@code (?<!\w)}, {@code (?<=[-+*=(])}): checked before the regex runs, as most positions fail it, and a rule
 * starting with {@code \s*} after such a lookbehind was tried at every space.
 */
final class PrecedingCharacter {
    private final boolean[] members;
    private final boolean negative;

    private PrecedingCharacter(boolean[] members, boolean negative) {
        this.members = members;
        this.negative = negative;
    }

    /** The lookbehind a rule's regex starts with, or null when it starts otherwise. */
    static PrecedingCharacter of(Pattern pattern) {
        String regex = pattern.pattern();
        if (!regex.startsWith("(?<=") && !regex.startsWith("(?<!")) return null;
        int close = regex.indexOf(')', 4);
        // Only a lone class: "(?<=[)])" or "(?<=\))" would need a real reader.
        if (close < 0 || regex.substring(4, close).contains("(")) return null;
        boolean[] members = RunSequence.oneCharacter(regex.substring(4, close), pattern.flags());
        return members == null ? null : new PrecedingCharacter(members, regex.charAt(3) == '!');
    }

    /** False when the character before {@code pos} rules the rule out; beyond ASCII the regex decides. */
    boolean allows(String code, int pos) {
        if (pos == 0) return negative;
        char before = code.charAt(pos - 1);
        return before >= 128 || members[before] != negative;
    }
}
