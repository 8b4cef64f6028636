package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the engine decides without a rule's regex agrees with the regex, for every rule of every lexer, at every
 * position of the highlighting corpus samples of its language and of a text with the characters left to the regex
 * (letters beyond ASCII, a surrogate pair, a lone backslash at the end): a fast form's match (its end and, for
 * rules with groups, every group's bounds), and the positions a rule's preceding character rules out.
 */
class FastRulesVsRegexTest {
    private static final String AWKWARD = "é x_1 = \"a\\\"b\" // ü\n\t-- 😀 ok: [1, 2] {a: b} <x y='z'/> #c $v\\";

    @Test
    void fastFormsDecideAsTheirRegexes() throws IOException {
        long decided = 0, undecided = 0;
        int rules = 0;
        for (var entry : corpusByLexer().entrySet()) {
            for (Lexer.Rule rule : entry.getKey().rules()) {
                if (rule.fast == null) continue;
                rules++;
                int[] spans = new int[2 * rule.fast.groups()];
                for (String text : entry.getValue()) {
                    Matcher m = matcher(rule, text);
                    for (int pos = 0; pos < text.length(); pos++) {
                        int end = rule.fast.match(text, pos, spans);
                        if (end == FastRule.UNDECIDED) {
                            undecided++;
                            continue;
                        }
                        decided++;
                        m.region(pos, text.length());
                        String where = entry.getKey().name() + " " + rule.pattern + " at " + pos + " of " + text;
                        boolean matched = m.lookingAt();
                        assertEquals(matched ? m.end() : FastRule.NO_MATCH, end, where);
                        for (int g = 1; matched && g <= rule.fast.groups(); g++) {
                            assertEquals(m.start(g), spans[2 * g - 2], "group " + g + " of " + where);
                            assertEquals(m.end(g), spans[2 * g - 1], "group " + g + " of " + where);
                        }
                    }
                }
            }
        }
        assertTrue(rules > 300, "rules with a fast form: " + rules);
        assertTrue(decided > 50 * undecided, decided + " decided, " + undecided + " left to the regex");
    }

    @Test
    void precedingCharactersRuleOutOnlyWhatTheRegexRejects() throws IOException {
        int rules = 0, ruledOut = 0;
        for (var entry : corpusByLexer().entrySet()) {
            for (Lexer.Rule rule : entry.getKey().rules()) {
                if (rule.before == null) continue;
                rules++;
                for (String text : entry.getValue()) {
                    Matcher m = matcher(rule, text);
                    for (int pos = 0; pos < text.length(); pos++) {
                        if (rule.before.allows(text, pos)) continue;
                        ruledOut++;
                        m.region(pos, text.length());
                        String where = entry.getKey().name() + " " + rule.pattern + " at " + pos + " of " + text;
                        assertFalse(m.lookingAt(), where);
                    }
                }
            }
        }
        assertTrue(rules >= 5 && ruledOut > 10_000, rules + " rules ruled out " + ruledOut + " positions");
    }

    @Test
    void aLineRuleThatFailsFailsToTheLineEnd() throws IOException {
        int rules = 0, checked = 0;
        for (var entry : corpusByLexer().entrySet()) {
            for (Lexer.Rule rule : entry.getKey().rules()) {
                if (!rule.failsToLineEnd) continue;
                rules++;
                for (String text : entry.getValue()) {
                    Matcher m = matcher(rule, text);
                    for (int pos = 0; pos < text.length(); pos++) {
                        if (m.region(pos, text.length()).lookingAt()) continue;
                        int lineEnd = text.indexOf('\n', pos);
                        for (int later = pos + 1; later <= (lineEnd < 0 ? text.length() - 1 : lineEnd); later++) {
                            checked++;
                            String where = entry.getKey().name() + " " + rule.pattern + " at " + later + " of " + text;
                            assertFalse(m.region(later, text.length()).lookingAt(), where);
                        }
                    }
                }
            }
        }
        assertTrue(rules >= 3 && checked > 10_000, rules + " rules, " + checked + " positions");
    }

    @Test
    void aLineRuleThatFailedIsTriedAgainWhenTheSameTextIsLexedAgain() {
        Lexer lexer = Lexer.builder("assignments")
                .state("root")
                .groups("(.*?)(\\s*)(=)", TokenType.NAME_VARIABLE, TokenType.TEXT, TokenType.OPERATOR)
                .rule("\\s+", TokenType.TEXT)
                .rule("\\w+", TokenType.NAME)
                .build();
        String code = "a = b c\n";
        List<Token> expected = List.of(
                new Token(TokenType.NAME_VARIABLE, "a"),
                new Token(TokenType.TEXT, " "),
                new Token(TokenType.OPERATOR, "="),
                new Token(TokenType.TEXT, " "),
                new Token(TokenType.NAME, "b"),
                new Token(TokenType.TEXT, " "),
                new Token(TokenType.NAME, "c"),
                new Token(TokenType.TEXT, "\n"));
        // The rule fails from the space after "=" to the line's end; lexed again, "a =" is still before that.
        assertEquals(expected, lexer.tokenize(code));
        assertEquals(expected, lexer.tokenize(code));
    }

    private static Matcher matcher(Lexer.Rule rule, String text) {
        return rule.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Each lexer of a corpus language, with the samples of all its names and the awkward text. */
    private static Map<Lexer, List<String>> corpusByLexer() throws IOException {
        Map<Lexer, List<String>> texts = new IdentityHashMap<>();
        try (Stream<Path> dirs = Files.list(HighlightCorpusTest.CORPUS)) {
            for (Path dir : dirs.sorted().toList()) {
                Lexer lexer = Lexers.byName().get(dir.getFileName().toString());
                if (lexer == null) continue;
                List<String> samples = texts.computeIfAbsent(lexer, l -> new ArrayList<>(List.of(AWKWARD)));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt"))
                            .sorted()
                            .toList()) samples.add(Files.readString(f));
                }
            }
        }
        return texts;
    }
}
