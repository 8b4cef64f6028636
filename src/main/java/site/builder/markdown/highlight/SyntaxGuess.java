package site.builder.markdown.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code guessSyntax = true}: the language Hugo 0.111.3 names for a block whose language no lexer knows. Chroma 2.5
 * guesses only through the few lexers that have an analyser, asked in its registry order (the highest score wins,
 * the first on a tie); everything else is "fallback", Chroma's plain-text lexer, and that name goes into the HTML.
 * Most code is not recognised: not Python, JSON, HTML or even PHP (its analyser sits on the inner lexer).
 */
final class SyntaxGuess {
    static final String FALLBACK = "fallback";
    // (?d): only \n ends a line, as in Go's regexp.
    private static final Pattern BASH = Pattern.compile("(?md)^#!.*/bin/(?:env |)(?:bash|zsh|sh|ksh)");
    private static final Pattern DNS_ZONE = Pattern.compile("(?md)^@\\s+IN\\s+SOA\\s+");
    private static final Pattern BACKTICK_NAME = Pattern.compile("`[a-zA-Z_]\\w*`");
    private static final Pattern BRACKET_NAME = Pattern.compile("\\[[a-zA-Z_]\\w*\\]");
    /** Chroma's lexers with an analyser, in its registry order: embedded XML lexers by file name, then Go ones. */
    private static final String[] ANALYSED = {"bash", "dns", "mysql", "zed", "go", "v", "v shell"};

    private SyntaxGuess() {}

    /** The lower-cased name of Chroma's best-scoring lexer, or "fallback" when none scores. */
    static String language(String code) {
        String best = FALLBACK;
        float highest = 0;
        for (String name : ANALYSED) {
            float score = score(name, code);
            if (score > highest) {
                best = name;
                highest = score;
            }
        }
        return best;
    }

    private static float score(String lexer, String code) {
        return switch (lexer) {
            case "bash" -> BASH.matcher(code).find() ? 1 : 0;
            case "dns" -> DNS_ZONE.matcher(code).find() ? 1 : 0;
            case "mysql" -> mysql(count(BACKTICK_NAME, code), count(BRACKET_NAME, code));
            case "zed" ->
                code.contains("definition ") && code.contains("relation ") && code.contains("permission ")
                        ? 0.9f
                        : code.contains("definition ") || code.contains("relation ")
                                ? 0.5f
                                : code.contains("permission ") ? 0.25f : 0;
            case "go" -> !code.contains("package ") ? 0 : code.contains("fmt.") ? 0.5f : 0.1f;
            case "v" -> !code.contains("module ") ? 0 : code.contains("import ") ? 0.2f : 0.1f;
            default -> vShell(code.split("\n", 2)[0]);
        };
    }

    /** Backticked names say MySQL, the more so against bracketed ones (T-SQL's). */
    private static float mysql(int backticks, int brackets) {
        if (backticks + brackets >= 1 && backticks >= 2 * brackets) return 0.5f;
        if (backticks > brackets) return 0.2f;
        return backticks > 0 ? 0.1f : 0;
    }

    private static float vShell(String firstLine) {
        boolean env = firstLine.contains("#!/usr/bin/env") && firstLine.contains("v run");
        return env || firstLine.contains("#!/") && firstLine.contains("/v run") ? 1 : 0;
    }

    private static int count(Pattern p, String code) {
        int n = 0;
        for (Matcher m = p.matcher(code); m.find(); ) n++;
        return n;
    }
}
