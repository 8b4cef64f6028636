package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A keyword rule, {@code (?:if|else|for)\b} (possibly written as a {@link WordTrie}, after {@code \b} or
 * {@code (?<!\.)}), matched by looking up the word at the position: whatever order the regex tries its words in, a
 * word ending at a word boundary is the whole run of word characters there, so the rule matches exactly when that
 * run is one of its words. A regex attempt at such a rule tried its words one by one, and keyword rules were the
 * most costly rules left. Text that is not ASCII around the word is left to the regex.
 */
final class WordList implements FastRule {
    private static final String BOUNDARY = "\\b";
    private static final String NOT_AFTER_DOT = "(?<!\\.)";

    private final Set<String> words;
    private final boolean ignoreCase;
    private final boolean boundaryBefore;
    private final boolean notAfterDot;

    private WordList(Set<String> words, boolean ignoreCase, boolean boundaryBefore, boolean notAfterDot) {
        this.words = words;
        this.ignoreCase = ignoreCase;
        this.boundaryBefore = boundaryBefore;
        this.notAfterDot = notAfterDot;
    }

    /** The word list a rule's regex is, or null when it is anything else. */
    static WordList of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return null;
        String regex = pattern.pattern();
        if (!regex.endsWith(BOUNDARY)) return null;
        regex = regex.substring(0, regex.length() - BOUNDARY.length());
        boolean before = regex.startsWith(BOUNDARY);
        boolean dot = !before && regex.startsWith(NOT_AFTER_DOT);
        if (before) regex = regex.substring(BOUNDARY.length());
        if (dot) regex = regex.substring(NOT_AFTER_DOT.length());
        List<String> words = new Parser(regex).words();
        if (words == null || words.isEmpty() || words.contains("")) return null;
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        Set<String> set = new HashSet<>();
        for (String w : words) set.add(ignoreCase ? w.toLowerCase(Locale.ROOT) : w);
        return new WordList(set, ignoreCase, before, dot);
    }

    @Override
    public int match(String code, int pos, int[] spans) {
        return end(code, pos);
    }

    int end(String code, int pos) {
        if (pos > 0) {
            char before = code.charAt(pos - 1);
            if (before >= 128) return UNDECIDED;
            if (notAfterDot && before == '.') return NO_MATCH;
            if (boundaryBefore && isWord(before)) return NO_MATCH;
        }
        int end = pos;
        while (end < code.length()) {
            char c = code.charAt(end);
            if (c >= 128) return UNDECIDED;
            if (!isWord(c)) break;
            end++;
        }
        if (end == pos) return NO_MATCH;
        String word = code.substring(pos, end);
        return words.contains(ignoreCase ? word.toLowerCase(Locale.ROOT) : word) ? end : NO_MATCH;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * The words a regex of letters, digits, underscores, {@code |}, {@code (?:...)} and {@code (?:...)?} matches,
     * or null for any other regex.
     */
    private static final class Parser {
        private final String regex;
        private int at;

        Parser(String regex) {
            this.regex = regex;
        }

        List<String> words() {
            List<String> words = alternation();
            return words != null && at == regex.length() ? words : null;
        }

        private List<String> alternation() {
            List<String> words = sequence();
            while (words != null && at < regex.length() && regex.charAt(at) == '|') {
                at++;
                List<String> more = sequence();
                if (more == null) return null;
                words.addAll(more);
            }
            return words;
        }

        private List<String> sequence() {
            List<String> words = new ArrayList<>(List.of(""));
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                List<String> item = item();
                if (item == null || words.size() * item.size() > 100_000) return null;
                List<String> joined = new ArrayList<>();
                for (String w : words) for (String i : item) joined.add(w + i);
                words = joined;
            }
            return words;
        }

        private List<String> item() {
            char c = regex.charAt(at);
            if (isWord(c)) {
                at++;
                return new ArrayList<>(List.of(String.valueOf(c)));
            }
            if (!regex.startsWith("(?:", at)) return null;
            at += 3;
            List<String> words = alternation();
            if (words == null || at >= regex.length() || regex.charAt(at) != ')') return null;
            at++;
            if (at < regex.length() && regex.charAt(at) == '?') {
                at++;
                if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) return null;
                words.add("");
            }
            return words;
        }
    }
}
