package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule whose regex is a sequence of character runs ({@code ([a-zA-Z_]\w*)(\s*)(\()}, {@code \s+},
 * {@code \n|\s+|\\\n}), matched without the regex engine over ASCII text: names, spaces and punctuation are most
 * tokens, and a regex attempt costs several times a table lookup per character. A regex of this form is a
 * top-level alternation of sequences of quantified single-character classes, capturing or plain groups around
 * them, word boundaries, one-character lookbehinds and lookaheads of the same form; which ASCII
 * characters each class takes is asked of the regex itself, once.
 *
 * <p>Each run is taken greedily, which is the regex's first try. When a later part fails, the regex would
 * backtrack into the runs before it, so a regex is taken in this form only where no shorter run can succeed: each
 * run that could give characters back is possessive, or none of its characters can start what must follow it (a
 * shorter run would leave a character that nothing after it takes). At a character beyond ASCII the regex decides.
 */
final class RunSequence implements FastRule {
    private final Alternative[] alternatives;
    private final int groups;

    private RunSequence(Alternative[] alternatives, int groups) {
        this.alternatives = alternatives;
        this.groups = groups;
    }

    /** The sequence a rule's regex is, or null when it has any other form. */
    static RunSequence of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return null;
        Parser parser = new Parser(pattern.pattern(), pattern.flags());
        List<List<Item>> sequences = parser.alternation(true);
        if (sequences == null || parser.at != pattern.pattern().length()) return null;
        Alternative[] alternatives = new Alternative[sequences.size()];
        for (int i = 0; i < alternatives.length; i++) {
            alternatives[i] = new Alternative(sequences.get(i));
            // Where the regex might backtrack, the greedy walk would often run on only to hand over to it.
            if (!alternatives[i].decidesEveryFailure()) return null;
        }
        return new RunSequence(alternatives, parser.groups);
    }

    /** Whether every match is empty: the regex only looks (boundaries, lookarounds). */
    boolean zeroWidth() {
        for (Alternative alternative : alternatives)
            for (Item item : alternative.items) if (item instanceof Run || item instanceof GroupEdge) return false;
        return true;
    }

    @Override
    public int groups() {
        return groups;
    }

    @Override
    public int match(String code, int pos, int[] spans) {
        for (Alternative alternative : alternatives) {
            if (groups > 0) java.util.Arrays.fill(spans, 0, 2 * groups, -1);
            int end = alternative.match(code, pos, spans);
            if (end != NO_MATCH) return end;
        }
        return NO_MATCH;
    }

    /** One part of the sequence; zero-width parts consume nothing. */
    private sealed interface Item permits Run, Boundary, Behind, Ahead, GroupEdge {}

    /** {@code min} to {@code max} characters of a class; a possessive run gives nothing back. */
    private record Run(boolean[] members, int min, int max, boolean possessive) implements Item {
        boolean varies() {
            return max > min && !possessive;
        }
    }

    /** {@code \b}. */
    private record Boundary() implements Item {}

    /** {@code (?<=c)} or {@code (?<!c)} for a one-character class. */
    private record Behind(boolean[] members, boolean negative) implements Item {}

    /** {@code (?=...)} or {@code (?!...)} over a sequence of its own. */
    private record Ahead(Alternative sequence, boolean negative) implements Item {}

    /** Where a capturing group starts or ends. */
    private record GroupEdge(int slot) implements Item {}

    /** A sequence, with per part whether failing there is the regex's answer too. */
    private static final class Alternative {
        private final Item[] items;
        private final boolean[] failureIsFinal;

        Alternative(List<Item> items) {
            this.items = items.toArray(Item[]::new);
            this.failureIsFinal = new boolean[this.items.length];
            boolean sure = true;
            for (int i = 0; i < this.items.length; i++) {
                failureIsFinal[i] = sure;
                if (this.items[i] instanceof Run run && run.varies() && !nothingAfterTakes(i, run.members()))
                    sure = false;
            }
        }

        /** Whether failing at any part is the regex's answer too (lookaheads decide their own). */
        boolean decidesEveryFailure() {
            for (int i = 0; i < items.length; i++) {
                boolean mayFail = !(items[i] instanceof GroupEdge) && !(items[i] instanceof Run run && run.min() == 0);
                if (mayFail && !failureIsFinal[i]) return false;
            }
            return true;
        }

        /**
         * Whether a shorter run at {@code i} must fail: its characters are taken by none of the runs after it up
         * to the first that must take one (looking into a positive lookahead), and there is such a run.
         */
        private boolean nothingAfterTakes(int i, boolean[] members) {
            List<Item> after = new ArrayList<>(List.of(items).subList(i + 1, items.length));
            for (int k = 0; k < after.size(); k++) {
                Item item = after.get(k);
                if (item instanceof Ahead ahead) {
                    if (ahead.negative()) return false;
                    after.addAll(k + 1, List.of(ahead.sequence().items));
                } else if (item instanceof Run next) {
                    for (int c = 0; c < 128; c++) if (members[c] && next.members()[c]) return false;
                    if (next.min() > 0) return true;
                }
            }
            return false;
        }

        int match(String code, int pos, int[] spans) {
            int at = pos;
            for (int i = 0; i < items.length; i++) {
                Item item = items[i];
                boolean ok;
                if (item instanceof Run run) {
                    int count = 0;
                    while (count < run.max() && at < code.length()) {
                        char c = code.charAt(at);
                        if (c >= 128) return UNDECIDED;
                        if (!run.members()[c]) break;
                        at++;
                        count++;
                    }
                    ok = count >= run.min();
                } else if (item instanceof GroupEdge edge) {
                    spans[edge.slot()] = at;
                    ok = true;
                } else if (item instanceof Boundary) {
                    char before = at > 0 ? code.charAt(at - 1) : ' ';
                    char after = at < code.length() ? code.charAt(at) : ' ';
                    if (before >= 128 || after >= 128) return UNDECIDED;
                    ok = isWord(before) != isWord(after);
                } else if (item instanceof Behind behind) {
                    char before = at > 0 ? code.charAt(at - 1) : 0;
                    if (before >= 128) return UNDECIDED;
                    ok = (at > 0 && behind.members()[before]) != behind.negative();
                } else {
                    Ahead ahead = (Ahead) item;
                    int end = ahead.sequence().match(code, at, spans);
                    if (end == UNDECIDED) return UNDECIDED;
                    ok = (end != NO_MATCH) != ahead.negative();
                }
                if (!ok) return failureIsFinal[i] ? NO_MATCH : UNDECIDED;
            }
            return at;
        }
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Reads the regex forms above; null for anything else. */
    private static final class Parser {
        private final String regex;
        private final int flags;
        private int at;
        private int groups;

        Parser(String regex, int flags) {
            this.regex = regex;
            this.flags = flags;
        }

        /** Sequences separated by {@code |}; only the whole regex may have more than one. */
        List<List<Item>> alternation(boolean top) {
            List<List<Item>> sequences = new ArrayList<>();
            while (true) {
                List<Item> sequence = sequence();
                if (sequence == null) return null;
                sequences.add(sequence);
                if (at >= regex.length() || regex.charAt(at) != '|') return sequences;
                if (!top) return null;
                at++;
            }
        }

        private List<Item> sequence() {
            List<Item> items = new ArrayList<>();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                if (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)) {
                    boolean negative = regex.charAt(at + 2) == '!';
                    at += 3;
                    int groupsBefore = groups;
                    List<List<Item>> inner = alternation(false);
                    if (inner == null || groups != groupsBefore || !close()) return null;
                    Alternative ahead = new Alternative(inner.get(0));
                    if (!ahead.decidesEveryFailure()) return null;
                    items.add(new Ahead(ahead, negative));
                } else if (regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
                    boolean negative = regex.charAt(at + 3) == '!';
                    at += 4;
                    boolean[] members = atom();
                    if (members == null || !close()) return null;
                    items.add(new Behind(members, negative));
                } else if (regex.startsWith("\\b", at)) {
                    at += 2;
                    items.add(new Boundary());
                } else if (regex.startsWith("(?:", at) || regex.charAt(at) == '(') {
                    if (!group(items)) return null;
                } else {
                    Run run = run();
                    if (run == null) return null;
                    items.add(run);
                }
            }
            return items;
        }

        /** A group of one sequence, capturing or not, with no quantifier. */
        private boolean group(List<Item> items) {
            boolean capturing = !regex.startsWith("(?:", at);
            if (!capturing) at += 3;
            else if (regex.startsWith("(?", at)) return false;
            else at++;
            int slot = 2 * groups;
            if (capturing) {
                groups++;
                items.add(new GroupEdge(slot));
            }
            List<List<Item>> inner = alternation(false);
            if (inner == null || !close()) return false;
            items.addAll(inner.get(0));
            if (capturing) items.add(new GroupEdge(slot + 1));
            return at >= regex.length() || "?*+{".indexOf(regex.charAt(at)) < 0;
        }

        private boolean close() {
            if (at >= regex.length() || regex.charAt(at) != ')') return false;
            at++;
            return true;
        }

        /** A one-character class and its quantifier (none, ?, *, +, {n}, {n,}, {n,m}; possessive or greedy). */
        private Run run() {
            boolean[] members = atom();
            if (members == null) return null;
            int min = 1, max = 1;
            if (at < regex.length()) {
                char q = regex.charAt(at);
                if (q == '?' || q == '*' || q == '+') {
                    min = q == '+' ? 1 : 0;
                    max = q == '?' ? 1 : Integer.MAX_VALUE;
                    at++;
                } else if (q == '{') {
                    java.util.regex.Matcher m = BOUNDS.matcher(regex).region(at, regex.length());
                    if (!m.lookingAt()) return null;
                    min = Integer.parseInt(m.group(1));
                    max = m.group(2) == null
                            ? min
                            : m.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(m.group(3));
                    if (max < min) return null;
                    at = m.end();
                } else {
                    return new Run(members, 1, 1, false);
                }
            }
            boolean possessive = at < regex.length() && regex.charAt(at) == '+';
            if (possessive) at++;
            else if (at < regex.length() && regex.charAt(at) == '?') return null;
            return new Run(members, min, max, possessive);
        }

        private static final Pattern BOUNDS = Pattern.compile("\\{(\\d{1,4})(,(\\d{0,4}))?\\}");
        private static final Pattern ATOM = Pattern.compile(
                "\\[(?:\\\\.|[^\\\\\\[\\]])*\\]|\\\\[sSwWdDntrfhHvV]|\\\\[^a-zA-Z0-9]|\\.|[^\\\\\\[\\](){}.*+?^$|]");

        /** The ASCII characters of the class at {@code at}, asked of the regex; null when it is no such class. */
        private boolean[] atom() {
            java.util.regex.Matcher m = ATOM.matcher(regex).region(at, regex.length());
            if (!m.lookingAt()) return null;
            at = m.end();
            return members(m.group(), flags);
        }
    }

    /** The ASCII characters a regex of one character class takes, or null when it is not one such class. */
    static boolean[] oneCharacter(String atom, int flags) {
        return Parser.ATOM.matcher(atom).matches() ? members(atom, flags) : null;
    }

    private static boolean[] members(String atom, int flags) {
        java.util.regex.Matcher one = Pattern.compile(atom, flags).matcher("");
        boolean[] members = new boolean[128];
        for (char c = 0; c < 128; c++) members[c] = one.reset(String.valueOf(c)).matches();
        return members;
    }
}
