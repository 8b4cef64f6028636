package site.builder.markdown.highlight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pygments/Chroma-style lexer driven by a table: named states, each an ordered list of regex rules; the first
 * rule that matches at the current position emits tokens (one type, or one action per capture group: a type or
 * another lexer) and may push or pop states. As in Chroma, a character no rule matches is an error token, except
 * a newline outside the root state, which sends the lexer back to root. Patterns run with Chroma's flags:
 * multiline, only {@code \n} ends a line, Unicode word characters.
 */
public final class Lexer {
    private static final int MAX_DEPTH = 64;
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * One rule: one action per group (or one for the whole match); {@code next} moves between states.
     * {@code starts} holds the ASCII characters a match can begin with, so most rules are skipped without a match.
     */
    record Rule(Pattern pattern, List<Object> actions, String[] next, java.util.BitSet starts) {
        boolean mayStartWith(char c) {
            return c >= 128 || starts.get(c);
        }
    }

    /**
     * The ASCII characters a pattern may match from, found by asking the pattern itself: a character is excluded
     * only when the pattern fails on it without wanting more input, after a letter, after a space, and at the start.
     */
    static java.util.BitSet startCharacters(Pattern pattern) {
        java.util.BitSet starts = new java.util.BitSet(128);
        if (pattern.pattern().contains("(?<=")) {
            // A lookbehind needs more text than the probes give it: any character may start a match.
            starts.set(0, 128);
            return starts;
        }
        for (char c = 0; c < 128; c++) {
            for (String probe : new String[] {"a" + c, " " + c, String.valueOf(c)}) {
                Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(probe.length() - 1, probe.length());
                if (m.lookingAt() || m.hitEnd()) {
                    starts.set(c);
                    break;
                }
            }
        }
        return starts;
    }

    /** An action that lexes the group's text with another lexer, found by name when first used. */
    public record Using(String language) {}

    private final String name;
    private final Map<String, List<Rule>> states;
    private final TokenType unmatched;
    private final java.util.function.UnaryOperator<List<Token>> filter;

    private Lexer(String name, Map<String, List<Rule>> states, TokenType unmatched, java.util.function.UnaryOperator<List<Token>> filter) {
        this.name = name;
        this.states = states;
        this.unmatched = unmatched;
        this.filter = filter;
    }

    public String name() {
        return name;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public static Using using(String language) {
        return new Using(language);
    }

    private static final String SELF = "#self";

    /** Lexes the group's text with this same lexer, from its root state (Chroma's UsingSelf). */
    public static Using usingSelf() {
        return new Using(SELF);
    }

    public List<Token> tokenize(String code) {
        Tokens out = new Tokens();
        run(code, out);
        return filter.apply(out.list());
    }

    private void run(String code, Tokens out) {
        Map<Rule, Matcher> matchers = new IdentityHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("root");
        int pos = 0;
        while (pos < code.length()) {
            int next = step(code, pos, stack, out, matchers);
            if (next >= 0) {
                pos = next;
            } else if (code.charAt(pos) == '\n' && stack.size() > 1) {
                stack.clear();
                stack.push("root");
            } else {
                int end = Character.isHighSurrogate(code.charAt(pos)) && pos + 1 < code.length() ? pos + 2 : pos + 1;
                out.add(unmatched, code.substring(pos, end));
                pos = end;
            }
        }
    }

    /** Applies the first matching rule of the current state; returns the new position, or -1 when none matched. */
    private int step(String code, int pos, Deque<String> stack, Tokens out, Map<Rule, Matcher> matchers) {
        char first = code.charAt(pos);
        for (Rule rule : states.getOrDefault(stack.peek(), List.of())) {
            if (!rule.mayStartWith(first)) continue;
            Matcher m = matchers.computeIfAbsent(rule, r -> r.pattern().matcher(code).useTransparentBounds(true).useAnchoringBounds(false));
            m.region(pos, code.length());
            if (!m.lookingAt()) continue;
            if (m.end() == pos && rule.next().length == 0) continue;
            if (rule.actions().size() == 1) {
                emit(rule.actions().get(0), m.group(), out);
            } else {
                for (int g = 1; g <= m.groupCount() && g <= rule.actions().size(); g++) {
                    if (m.group(g) != null) emit(rule.actions().get(g - 1), m.group(g), out);
                }
            }
            move(stack, rule.next());
            return m.end();
        }
        return -1;
    }

    private void emit(Object action, String text, Tokens out) {
        if (text.isEmpty() || action == null) return;
        if (action instanceof TokenType type) {
            out.add(type, text);
        } else if (action instanceof Using using) {
            Lexer lexer = using.language().equals(SELF) ? this
                    : Lexers.find(using.language()).orElseThrow(() -> new IllegalStateException("no lexer " + using.language()));
            lexer.run(text, out);
        }
    }

    private static void move(Deque<String> stack, String[] next) {
        for (String state : next) {
            if (state.startsWith("#pop")) {
                int n = state.length() > 4 ? Integer.parseInt(state.substring(5)) : 1;
                for (int i = 0; i < n && stack.size() > 1; i++) stack.pop();
            } else if (stack.size() < MAX_DEPTH) {
                stack.push(state.equals("#push") ? stack.peek() : state);
            }
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
        private int flags = FLAGS;
        private TokenType unmatched = TokenType.ERROR;
        private java.util.function.UnaryOperator<List<Token>> filter = tokens -> tokens;

        private Builder(String name) {
            this.name = name;
        }

        /** Text no rule matches is plain text, not an error (for the older lexers that do not follow Chroma's). */
        public Builder unmatchedAsText() {
            unmatched = TokenType.TEXT;
            return this;
        }

        /** Rewrites the coalesced tokens of a whole text (Chroma's lexer wrappers), not of text lexed by another lexer. */
        public Builder filter(java.util.function.UnaryOperator<List<Token>> tokens) {
            filter = tokens;
            return this;
        }

        /** In patterns declared after this, {@code .} also matches a line break. */
        public Builder dotAll() {
            flags |= Pattern.DOTALL;
            return this;
        }

        /** Patterns declared after this ignore case. */
        public Builder ignoreCase() {
            flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return this;
        }

        public Builder state(String state) {
            current = states.computeIfAbsent(state, s -> new ArrayList<>());
            return this;
        }

        public Builder rule(String regex, TokenType type) {
            return rule(regex, type, null);
        }

        /** {@code next}: null, a state to push, "#pop", "#pop:N", "#push", or several of these separated by commas. */
        public Builder rule(String regex, TokenType type, String next) {
            return add(regex, next, List.of(type));
        }

        /** One type per capture group. */
        public Builder groups(String regex, TokenType... types) {
            return add(regex, null, java.util.Arrays.asList((Object[]) types));
        }

        /** One action per capture group: a {@link TokenType}, a {@link Using} or null (emit nothing); then {@code next}. */
        public Builder action(String regex, String next, Object... actions) {
            return add(regex, next, java.util.Arrays.asList(actions));
        }

        private Builder add(String regex, String next, List<Object> actions) {
            String[] moves = next == null ? new String[0] : next.split(",");
            Pattern pattern = Pattern.compile(regex, flags);
            current.add(new Rule(pattern, actions, moves, startCharacters(pattern)));
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
            return new Lexer(name, Map.copyOf(states), unmatched, filter);
        }
    }
}
