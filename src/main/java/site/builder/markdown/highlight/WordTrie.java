package site.builder.markdown.highlight;

import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a long list of words ("a|ab|abc") into an equivalent regex factored by common prefixes
 * ("a(?:b(?:c)?)?"), longest continuation first as in a longest-first alternation, so that matching a
 * keyword list costs a few steps per position instead of one per word.
 */
final class WordTrie {
    private WordTrie() {}

    private static final class Node {
        final Map<Character, Node> next = new TreeMap<>();
        boolean end;
    }

    static String regex(String alternation) {
        Node root = new Node();
        for (String word : alternation.split("\\|")) {
            Node n = root;
            for (char c : word.toCharArray()) n = n.next.computeIfAbsent(c, k -> new Node());
            n.end = true;
        }
        return "(?:" + body(root) + ")";
    }

    private static String body(Node n) {
        StringBuilder alternatives = new StringBuilder();
        for (var e : n.next.entrySet()) {
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append(quote(e.getKey())).append(group(e.getValue()));
        }
        return alternatives.toString();
    }

    /**
     * What may follow a prefix: its continuations, tried before stopping there when the prefix is a word. A lone
     * continuation is written without a group: Java gives every group a slot that each match attempt clears, and
     * a group per letter made keyword rules of thousands of slots.
     */
    private static String group(Node n) {
        if (n.next.isEmpty()) return "";
        if (n.next.size() == 1 && !n.end) {
            var only = n.next.entrySet().iterator().next();
            return quote(only.getKey()) + group(only.getValue());
        }
        return "(?:" + body(n) + ")" + (n.end ? "?" : "");
    }

    private static String quote(char c) {
        return Character.isLetterOrDigit(c) || c == '_' ? String.valueOf(c) : "\\" + c;
    }
}
