package site.builder.markdown.highlight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Pygments/Chroma-style lexer driven by a table: named states, each an ordered list of regex rules; the first
 * rule that matches at the current position emits tokens (one type, or one action per capture group: a type or
 * another lexer) and may push or pop states. As in Chroma, a character no rule matches is an error token, except
 * a newline outside the start state, which sends the lexer back to it; a pop out of the start state ends lexing, the
 * rest of the text one error token. Patterns run with Chroma's flags:
 * multiline, only {@code \n} ends a line, Unicode word characters.
 */
public final class Lexer {
    private static final int MAX_DEPTH = 64;
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /**
     * One rule: one action per group (or one for the whole match); {@code next} moves between states.
     * {@code starts} holds the ASCII characters a match can begin with, so most rules are skipped without a match.
     * {@code id} (its matcher's slot) and {@code moves} ({@code next} resolved) are set once by {@link Builder#build}.
     */
    static final class Rule {
        final Pattern pattern;
        final List<Object> actions;
        final String[] next;
        final java.util.BitSet starts;
        /** The rule's match found without its regex, when it has such a form (and no action reads a group's text). */
        final FastRule fast;
        /** Whether the rule can only match at the start of a line (its regex starts with {@code ^}). */
        final boolean lineStart;

        final SecondCharacters seconds;
        /** The character the rule's regex must (or must not) follow, or null when it does not say. */
        final PrecedingCharacter before;
        /**
         * Whether the regex {@link RegexText#scansToLineEnd}: once it fails it fails from there up to the line's end
         * (a line rule such as {@code (.*?)(\s*)(=)} was tried at every word of a line without one).
         */
        final boolean failsToLineEnd;

        int id;
        /** Per move: a state's index to push, {@link #PUSH_SAME}, or minus the number of states to pop. */
        int[] moves;

        Rule(Pattern pattern, List<Object> actions, String[] next, Pattern probe) {
            this.pattern = pattern;
            this.actions = actions;
            this.next = next;
            this.starts = StartCharacters.of(probe);
            this.fast = actions.stream().anyMatch(a -> a instanceof UsingLanguageOf) ? null : FastRule.of(pattern);
            int lines = Pattern.MULTILINE | Pattern.UNIX_LINES;
            this.lineStart = (pattern.flags() & lines) == lines && RegexText.startsAtLineStart(pattern.pattern());
            this.seconds = new SecondCharacters(probe);
            this.before = PrecedingCharacter.of(pattern);
            this.failsToLineEnd = (pattern.flags() & (Pattern.DOTALL | Pattern.UNIX_LINES)) == Pattern.UNIX_LINES
                    && RegexText.scansToLineEnd(pattern.pattern());
        }

        boolean mayStartWith(char c) {
            return c >= 128 || starts.get(c);
        }
    }

    private static final int PUSH_SAME = Integer.MAX_VALUE;

    /** A state's rules in order, and for each ASCII character the rules that may match from it. */
    private record State(Rule[] rules, Rule[][] byFirst) {
        static State of(List<Rule> rules) {
            Rule[][] byFirst = new Rule[128][];
            for (char c = 0; c < 128; c++) {
                char first = c;
                byFirst[c] = rules.stream().filter(r -> r.mayStartWith(first)).toArray(Rule[]::new);
            }
            return new State(rules.toArray(Rule[]::new), byFirst);
        }

        Rule[] candidates(char first) {
            return first < 128 ? byFirst[first] : rules;
        }
    }

    /** An action that lexes the group's text with another lexer, found by name when first used. */
    public record Using(String language, String state) {}

    /** An action that lexes the group's text with the lexer named by another group, or types it when none is known. */
    public record UsingLanguageOf(int languageGroup, TokenType otherwise) {}

    private final String name;
    private final State[] states;
    private final List<String> stateNames;
    private final State root;
    private final int ruleCount;
    /** The most capturing groups of a rule's fast form. */
    private final int maxGroups;

    private final TokenType unmatched;
    private final java.util.function.UnaryOperator<List<Token>> filter;

    private Lexer(
            String name,
            State[] states,
            List<String> stateNames,
            State root,
            int ruleCount,
            int maxGroups,
            TokenType unmatched,
            java.util.function.UnaryOperator<List<Token>> filter) {
        this.name = name;
        this.states = states;
        this.stateNames = stateNames;
        this.root = root;
        this.ruleCount = ruleCount;
        this.maxGroups = maxGroups;
        this.unmatched = unmatched;
        this.filter = filter;
    }

    public String name() {
        return name;
    }

    /** Every rule of every state, once each, in the order first declared (for tests of the rules' fast forms). */
    List<Rule> rules() {
        // Rules compare by identity: a rule included in several states is one rule.
        java.util.Set<Rule> rules = new java.util.LinkedHashSet<>();
        for (State state : states) rules.addAll(List.of(state.rules()));
        return List.copyOf(rules);
    }

    private State state(String name) {
        int index = stateNames.indexOf(name);
        if (index < 0) throw new IllegalStateException(this.name + ": no state " + name);
        return states[index];
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public static Using using(String language) {
        return new Using(language, "root");
    }

    private static final String SELF = "#self";

    /** Lexes the group's text with this same lexer, from its root state (Chroma's UsingSelf). */
    public static Using usingSelf() {
        return new Using(SELF, "root");
    }

    /** Lexes the group's text with this same lexer, from the given state. */
    public static Using usingSelf(String state) {
        return new Using(SELF, state);
    }

    public List<Token> tokenize(String code) {
        List<Token> tokens = tokens(code).toTokens();
        return filter == null ? tokens : filter.apply(tokens);
    }

    /** The tokens of {@link #tokenize} as ranges of the code, without a string per token when there is no filter. */
    TokenList lex(String code) {
        return filter == null ? tokens(code) : TokenList.of(tokenize(code));
    }

    private TokenList tokens(String code) {
        CoalescedTokens out = new CoalescedTokens();
        run(code, out);
        return out.list();
    }

    private void run(String code, CoalescedTokens out) {
        run(code, out, root);
    }

    /** Lexes from {@code start}; like Chroma, a line break no rule takes sends the lexer back to that state. */
    private void run(String code, CoalescedTokens out, State start) {
        ArrayDeque<Matchers> pool = matcherPool.get();
        Matchers matchers = pool.isEmpty() ? new Matchers(ruleCount, maxGroups) : pool.pop();
        try {
            run(code, out, start, matchers);
        } finally {
            pool.push(matchers);
        }
    }

    /**
     * One matcher per rule, kept per thread between texts (a nested run of the same lexer takes another set):
     * creating a matcher allocates its group arrays, and most rules are tried in every text.
     */
    private static final class Matchers {
        final Matcher[] matchers;
        final String[] inputs;
        /** The group bounds a {@link FastRule} writes, for the rule with the most groups. */
        final int[] spans;
        /**
         * Per rule that {@link Rule#failsToLineEnd}: the text it failed in last, and the stretch where it fails
         * there (from where it failed, as the same text may be lexed again from its start).
         */
        final String[] failedIn;

        final int[] failsFrom;
        final int[] failsThrough;

        private Matchers nested;

        Matchers(int rules, int groups) {
            matchers = new Matcher[rules];
            inputs = new String[rules];
            spans = new int[2 * groups];
            failedIn = new String[rules];
            failsFrom = new int[rules];
            failsThrough = new int[rules];
        }

        boolean failsAt(Rule rule, String code, int pos) {
            int id = rule.id;
            return failedIn[id] == code && pos >= failsFrom[id] && pos <= failsThrough[id];
        }

        void failedAt(Rule rule, String code, int pos) {
            int lineEnd = code.indexOf('\n', pos);
            failedIn[rule.id] = code;
            failsFrom[rule.id] = pos;
            failsThrough[rule.id] = lineEnd < 0 ? code.length() : lineEnd;
        }

        /** The set for a run of the same lexer inside a run with this one, kept with it. */
        Matchers nested() {
            if (nested == null) nested = new Matchers(matchers.length, spans.length / 2);
            return nested;
        }

        Matcher get(Rule rule, String code) {
            Matcher m = matchers[rule.id];
            if (m == null) {
                m = rule.pattern.matcher(code).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[rule.id] = m;
                inputs[rule.id] = code;
            } else if (inputs[rule.id] != code) {
                m.reset(code);
                inputs[rule.id] = code;
            }
            return m;
        }
    }

    private final ThreadLocal<ArrayDeque<Matchers>> matcherPool = ThreadLocal.withInitial(ArrayDeque::new);

    private void run(String code, CoalescedTokens out, State start, Matchers matchers) {
        State[] stack = new State[MAX_DEPTH];
        stack[0] = start;
        int[] depth = {1};
        int pos = 0;
        while (pos < code.length()) {
            if (depth[0] == 0) {
                // As in Chroma, a pop out of the start state ends lexing: the rest is one error token.
                out.add(unmatched, code, pos, code.length());
                return;
            }
            int next = step(code, pos, stack, depth, out, matchers);
            if (next >= 0) {
                pos = next;
            } else if (code.charAt(pos) == '\n' && stack[depth[0] - 1] != start) {
                depth[0] = 1;
                stack[0] = start;
            } else {
                int end = Character.isHighSurrogate(code.charAt(pos)) && pos + 1 < code.length() ? pos + 2 : pos + 1;
                out.add(unmatched, code, pos, end);
                pos = end;
            }
        }
    }

    /** Applies the first matching rule of the current state; returns the new position, or -1 when none matched. */
    private int step(String code, int pos, State[] stack, int[] depth, CoalescedTokens out, Matchers matchers) {
        for (Rule rule : stack[depth[0] - 1].candidates(code.charAt(pos))) {
            if (rule.lineStart && pos > 0 && code.charAt(pos - 1) != '\n') continue;
            if (rule.before != null && !rule.before.allows(code, pos)) continue;
            if (rule.fast != null) {
                int[] spans = matchers.spans;
                int end = rule.fast.match(code, pos, spans);
                if (end == FastRule.NO_MATCH) continue;
                if (end != FastRule.UNDECIDED) {
                    if (end == pos && rule.moves.length == 0) continue;
                    if (rule.actions.size() == 1) {
                        emit(rule.actions.get(0), code, pos, end, out, matchers);
                    } else {
                        int groups = Math.min(rule.fast.groups(), rule.actions.size());
                        for (int g = 0; g < groups; g++)
                            if (spans[2 * g] >= 0)
                                emit(rule.actions.get(g), code, spans[2 * g], spans[2 * g + 1], out, matchers);
                    }
                    move(stack, depth, rule.moves);
                    return end;
                }
            }
            if (!rule.seconds.mayMatch(code, pos)) continue;
            if (rule.failsToLineEnd && matchers.failsAt(rule, code, pos)) continue;
            Matcher m = matchers.get(rule, code);
            m.region(pos, code.length());
            if (!m.lookingAt()) {
                rule.seconds.failed(code, pos);
                if (rule.failsToLineEnd) matchers.failedAt(rule, code, pos);
                continue;
            }
            if (m.end() == pos && rule.moves.length == 0) continue;
            if (rule.actions.size() == 1) {
                emit(rule.actions.get(0), code, m.start(), m.end(), out, matchers);
            } else {
                for (int g = 1; g <= m.groupCount() && g <= rule.actions.size(); g++) {
                    Object action = rule.actions.get(g - 1);
                    if (action instanceof UsingLanguageOf by) {
                        String language = m.group(by.languageGroup());
                        Optional<Lexer> lexer = language == null ? Optional.empty() : Lexers.find(language);
                        action = lexer.isPresent() ? lexer.get() : by.otherwise();
                    }
                    if (m.start(g) >= 0) emit(action, code, m.start(g), m.end(g), out, matchers);
                }
            }
            move(stack, depth, rule.moves);
            return m.end();
        }
        return -1;
    }

    /** Emits {@code code[start, end)}: as a token of a type, or lexed by another lexer or this one. */
    private void emit(Object action, String code, int start, int end, CoalescedTokens out, Matchers matchers) {
        if (start == end || action == null) return;
        if (action instanceof TokenType type) {
            out.add(type, code, start, end);
        } else if (action instanceof Lexer other) {
            out.addAll(other.lex(code.substring(start, end)));
        } else if (action instanceof Using using) {
            Lexer lexer = using.language().equals(SELF)
                    ? this
                    : Lexers.find(using.language())
                            .orElseThrow(() -> new IllegalStateException("no lexer " + using.language()));
            String text = code.substring(start, end);
            // The outer match's groups are still being read: the nested run takes the next set of matchers.
            if (lexer == this) run(text, out, state(using.state()), matchers.nested());
            else out.addAll(lexer.lex(text));
        }
    }

    private void move(State[] stack, int[] depth, int[] moves) {
        for (int move : moves) {
            if (move < 0) {
                depth[0] = Math.max(0, depth[0] + move);
            } else if (depth[0] < MAX_DEPTH && !(move == PUSH_SAME && depth[0] == 0)) {
                stack[depth[0]] = move == PUSH_SAME ? stack[depth[0] - 1] : states[move];
                depth[0]++;
            }
        }
    }

    /** Declares states and rules in order; lexing starts in the state named "root". */
    public static final class Builder {
        private final String name;
        private final Map<String, List<Rule>> states = new LinkedHashMap<>();
        private List<Rule> current;
        private int flags = FLAGS;
        private TokenType unmatched = TokenType.ERROR;
        /** Null when the tokens are kept as the lexer cuts them. */
        private java.util.function.UnaryOperator<List<Token>> filter;

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
            current.add(new Rule(pattern, actions, moves, StartCharacters.probePattern(pattern)));
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

        /** Resolves every rule's moves to state indexes and numbers the rules, then freezes the states. */
        public Lexer build() {
            List<String> names = new ArrayList<>(states.keySet());
            Map<Rule, Boolean> seen = new IdentityHashMap<>();
            int maxGroups = 0;
            for (List<Rule> rules : states.values()) {
                for (Rule rule : rules) {
                    if (seen.put(rule, Boolean.TRUE) != null) continue;
                    if (rule.fast != null) maxGroups = Math.max(maxGroups, rule.fast.groups());
                    rule.id = seen.size() - 1;
                    rule.moves = new int[rule.next.length];
                    for (int i = 0; i < rule.next.length; i++) rule.moves[i] = resolve(rule.next[i], names);
                }
            }
            State[] compiled = names.stream().map(n -> State.of(states.get(n))).toArray(State[]::new);
            int root = names.indexOf("root");
            if (root < 0) throw new IllegalStateException(name + ": no root state");
            return new Lexer(
                    name, compiled, List.copyOf(names), compiled[root], seen.size(), maxGroups, unmatched, filter);
        }

        private int resolve(String move, List<String> names) {
            if (move.equals("#push")) return PUSH_SAME;
            if (move.startsWith("#pop")) return -(move.length() > 4 ? Integer.parseInt(move.substring(5)) : 1);
            int index = names.indexOf(move);
            if (index < 0) throw new IllegalStateException(name + ": no state " + move);
            return index;
        }
    }
}
