package site.builder.markdown.highlight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Pygments/Chroma-style lexer: named states, each an ordered list of regex rules; the first rule that
 * matches at the current position emits tokens (one type, or one per capture group) and may push or pop states.
 * Text no rule matches is emitted as {@link TokenType#TEXT}, one character at a time, so lexing always ends.
 */
public final class Lexer {
    private static final int MAX_DEPTH = 32;

    /** One rule; {@code next} is null, a state to push, or "#pop". */
    record Rule(Pattern pattern, List<TokenType> types, String next) {}

    private final String name;
    private final Map<String, List<Rule>> states;

    private Lexer(String name, Map<String, List<Rule>> states) {
        this.name = name;
        this.states = states;
    }

    public String name() {
        return name;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public List<Token> tokenize(String code) {
        Map<Rule, Matcher> matchers = new java.util.IdentityHashMap<>();
        Tokens out = new Tokens();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("root");
        int pos = 0;
        while (pos < code.length()) {
            int next = step(code, pos, stack, out, matchers);
            if (next == pos) out.add(TokenType.TEXT, code.substring(pos, pos + 1));
            pos = Math.max(next, pos + 1);
        }
        return out.list();
    }

    /** Applies the first matching rule of the current state; returns the new position (== pos when none matched). */
    private int step(String code, int pos, Deque<String> stack, Tokens out, Map<Rule, Matcher> matchers) {
        for (Rule rule : states.getOrDefault(stack.peek(), List.of())) {
            Matcher m = matchers.computeIfAbsent(rule, r -> r.pattern().matcher(code).useTransparentBounds(true).useAnchoringBounds(false));
            m.region(pos, code.length());
            if (!m.lookingAt()) continue;
            if (rule.types().size() == 1 || m.groupCount() == 0) {
                out.add(rule.types().get(0), m.group());
            } else {
                for (int g = 1; g <= m.groupCount() && g <= rule.types().size(); g++) {
                    if (m.group(g) != null) out.add(rule.types().get(g - 1), m.group(g));
                }
            }
            move(stack, rule.next());
            if (m.end() > pos || rule.next() != null) return m.end();
        }
        return pos;
    }

    private static void move(Deque<String> stack, String next) {
        if (next == null) return;
        if (next.equals("#pop")) {
            if (stack.size() > 1) stack.pop();
        } else if (stack.size() < MAX_DEPTH) {
            stack.push(next);
        }
    }

    /** Coalesces neighbours of the same type, like Chroma's Coalesce. */
    private static final class Tokens {
        private final List<Token> list = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private TokenType pendingType;

        void add(TokenType type, String text) {
            if (text.isEmpty()) return;
            if (type != pendingType) flush();
            pendingType = type;
            pending.append(text);
        }

        private void flush() {
            if (pending.length() > 0) list.add(new Token(pendingType, pending.toString()));
            pending.setLength(0);
        }

        List<Token> list() {
            flush();
            return list;
        }
    }

    /** Declares states and rules in order; lexing starts in the state named "root". */
    public static final class Builder {
        private final String name;
        private final Map<String, List<Rule>> states = new LinkedHashMap<>();
        private List<Rule> current;

        private Builder(String name) {
            this.name = name;
        }

        public Builder state(String state) {
            current = states.computeIfAbsent(state, s -> new ArrayList<>());
            return this;
        }

        public Builder rule(String regex, TokenType type) {
            return rule(regex, type, null);
        }

        public Builder rule(String regex, TokenType type, String next) {
            current.add(new Rule(Pattern.compile(regex, Pattern.MULTILINE), List.of(type), next));
            return this;
        }

        /** One type per capture group. */
        public Builder groups(String regex, TokenType... types) {
            current.add(new Rule(Pattern.compile(regex, Pattern.MULTILINE), List.of(types), null));
            return this;
        }

        /** Appends the rules of an already declared state, like Chroma's include. */
        public Builder include(String state) {
            current.addAll(states.getOrDefault(state, List.of()));
            return this;
        }

        /** A rule matching any of the words, whole words only. */
        public Builder words(TokenType type, String... words) {
            if (words.length == 0) return this;
            return rule("\\b(?:" + String.join("|", words) + ")\\b", type);
        }

        public Lexer build() {
            return new Lexer(name, Map.copyOf(states));
        }
    }
}
