package site.builder.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A keyword rule, {@code \b(?:if|else|for)\b} (possibly written as a {@link WordTrie}, after {@code \b} or
 * {@code (?<!\.)}, in one capturing group, followed by a check such as {@code \b} or {@code (?=\s*:)}), matched by
 * walking a trie of its words from the position: a regex attempt at such a rule tried its words one by one, and
 * keyword rules were the most costly rules left. The regex tries its words in a fixed order (alternatives left to
 * right, an optional part before its absence) and takes the first that is at the position and passes the check
 * after it; so does this, by each word's place in that order. Text beyond ASCII where a word or check reads it is
 * left to the regex.
 */
final class WordList implements FastRule {
    private static final String BOUNDARY = "\\b";
    private static final String NOT_AFTER_DOT = "(?<!\\.)";

    private final Node root;
    private final boolean ignoreCase;
    private final boolean boundaryBefore;
    private final boolean notAfterDot;
    private final boolean captured;
    /** The check after the word, or null when there is none. */
    private final RunSequence after;

    private WordList(
            Node root,
            boolean ignoreCase,
            boolean boundaryBefore,
            boolean notAfterDot,
            boolean captured,
            RunSequence after) {
        this.root = root;
        this.ignoreCase = ignoreCase;
        this.boundaryBefore = boundaryBefore;
        this.notAfterDot = notAfterDot;
        this.captured = captured;
        this.after = after;
    }

    /** A trie node: the words through it by their next character, and the place of the word ending here. */
    private static final class Node {
        char[] labels = new char[0];
        Node[] children = new Node[0];
        /** The word's place in the regex's order, or -1 when no word ends here. */
        int order = -1;

        /** The children by character, for a node with many (the root has one per first letter), or null. */
        Node[] table;

        Node child(char c) {
            if (table != null) return table[c];
            for (int i = 0; i < labels.length; i++) if (labels[i] == c) return children[i];
            return null;
        }

        void freeze() {
            if (labels.length > 4) {
                table = new Node[128];
                for (int i = 0; i < labels.length; i++) table[labels[i]] = children[i];
            }
            for (Node child : children) child.freeze();
        }

        Node add(char c) {
            Node next = child(c);
            if (next != null) return next;
            labels = java.util.Arrays.copyOf(labels, labels.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
            labels[labels.length - 1] = c;
            return children[children.length - 1] = new Node();
        }
    }

    /** The word list a rule's regex is, or null when it is anything else. */
    static WordList of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) return null;
        String regex = pattern.pattern();
        boolean before = regex.startsWith(BOUNDARY);
        boolean dot = !before && regex.startsWith(NOT_AFTER_DOT);
        int start = before ? BOUNDARY.length() : dot ? NOT_AFTER_DOT.length() : 0;
        boolean captured = regex.startsWith("(", start) && !regex.startsWith("(?", start);
        Parser parser = new Parser(regex, captured ? start + 1 : start);
        List<String> words = parser.words();
        if (words == null || words.isEmpty() || words.contains("")) return null;
        int end = parser.at;
        if (captured) {
            if (end >= regex.length() || regex.charAt(end) != ')') return null;
            end++;
        }
        RunSequence after = null;
        if (end < regex.length()) {
            try {
                after = RunSequence.of(Pattern.compile(regex.substring(end), pattern.flags()));
            } catch (java.util.regex.PatternSyntaxException e) {
                return null; // the rest quantifies the words, as in "(-)?"
            }
            if (after == null || !after.zeroWidth()) return null;
        }
        // A bare alternation binds looser than what is around it: "\bif|else\b" is not a word list.
        if ((before || dot || after != null) && parser.alternatives > 1 && !captured) return null;
        boolean ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        Node root = new Node();
        for (int i = 0; i < words.size(); i++) {
            Node n = root;
            for (char c : words.get(i).toCharArray()) {
                if (c >= 128) return null;
                n = n.add(ignoreCase ? lower(c) : c);
            }
            if (n.order < 0) n.order = i;
        }
        root.freeze();
        return new WordList(root, ignoreCase, before, dot, captured, after);
    }

    @Override
    public int groups() {
        return captured ? 1 : 0;
    }

    @Override
    public int match(String code, int pos, int[] spans) {
        if (notAfterDot && pos > 0 && code.charAt(pos - 1) == '.') return NO_MATCH;
        if (boundaryBefore) {
            char before = pos > 0 ? code.charAt(pos - 1) : ' ';
            char first = pos < code.length() ? code.charAt(pos) : ' ';
            if (before >= 128 || first >= 128) return UNDECIDED;
            if (isWord(before) == isWord(first)) return NO_MATCH;
        }
        // Every word at the position, checked after it; the first in the regex's order that passes wins, unless a
        // word before it in that order could not be decided.
        int best = Integer.MAX_VALUE, bestEnd = NO_MATCH, undecided = Integer.MAX_VALUE;
        Node n = root;
        for (int at = pos; ; ) {
            if (n.order >= 0 && n.order < Math.min(best, undecided)) {
                int checked = after == null ? at : after.match(code, at, spans);
                if (checked == UNDECIDED) undecided = n.order;
                else if (checked != NO_MATCH) {
                    best = n.order;
                    bestEnd = at;
                }
            }
            if (at >= code.length() || n.labels.length == 0) break;
            char c = code.charAt(at);
            // Ignoring case, a letter beyond ASCII may equal an ASCII one (the Kelvin sign is a k).
            if (c >= 128) {
                if (ignoreCase) undecided = Math.min(undecided, -1);
                break;
            }
            n = n.child(ignoreCase ? lower(c) : c);
            if (n == null) break;
            at++;
        }
        if (undecided < best) return UNDECIDED;
        if (bestEnd >= 0 && captured) {
            spans[0] = pos;
            spans[1] = bestEnd;
        }
        return bestEnd;
    }

    /** An ASCII letter in lower case (ignoring case, ASCII letters match only their two cases). */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * The words a regex of literal characters, {@code |}, {@code (?:...)} and {@code (?:...)?} matches, in the order
     * the regex tries them, or null for any other regex; stops before the first thing it does not read.
     */
    private static final class Parser {
        private final String regex;
        private int at;
        /** How many alternatives the outermost level has. */
        private int alternatives;

        Parser(String regex, int at) {
            this.regex = regex;
            this.at = at;
        }

        List<String> words() {
            return alternation(true);
        }

        private List<String> alternation(boolean outermost) {
            List<String> words = sequence();
            int count = 1;
            while (words != null && at < regex.length() && regex.charAt(at) == '|') {
                at++;
                count++;
                List<String> more = sequence();
                if (more == null) return null;
                words.addAll(more);
            }
            if (outermost) alternatives = count;
            return words;
        }

        private List<String> sequence() {
            List<String> words = new ArrayList<>(List.of(""));
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                int mark = at;
                List<String> item = item();
                if (item == null) {
                    // What follows the words (a check such as \b) ends them.
                    at = mark;
                    return words.equals(List.of("")) ? null : words;
                }
                if (words.size() * item.size() > 100_000) return null;
                List<String> joined = new ArrayList<>();
                for (String w : words) for (String i : item) joined.add(w + i);
                words = joined;
            }
            return words;
        }

        private List<String> item() {
            char c = regex.charAt(at);
            String literal = literal(c);
            if (literal != null) {
                at += c == '\\' ? 2 : 1;
                return quantified(new ArrayList<>(List.of(literal)));
            }
            if (!regex.startsWith("(?:", at)) return null;
            at += 3;
            List<String> words = alternation(false);
            if (words == null || at >= regex.length() || regex.charAt(at) != ')') return null;
            at++;
            return quantified(words);
        }

        /** The character {@code c} (or the escape it starts) stands for, or null when it is not a literal. */
        private String literal(char c) {
            if (c == '\\') {
                if (at + 1 >= regex.length()) return null;
                char escaped = regex.charAt(at + 1);
                return Character.isLetterOrDigit(escaped) || escaped >= 128 ? null : String.valueOf(escaped);
            }
            return "[](){}.*+?^$|".indexOf(c) >= 0 ? null : String.valueOf(c);
        }

        /** A greedy {@code ?} after an item: the item's words, then none. Other quantifiers are not read. */
        private List<String> quantified(List<String> words) {
            if (at < regex.length() && "*+{".indexOf(regex.charAt(at)) >= 0) return null;
            if (at < regex.length() && regex.charAt(at) == '?') {
                at++;
                if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) return null;
                words.add("");
            }
            return words;
        }
    }
}
