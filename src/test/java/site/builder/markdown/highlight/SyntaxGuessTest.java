package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chroma 2.5's analysers as Hugo applies them; HighlightVsHugoIT compares the guesses with real Hugo. */
class SyntaxGuessTest {
    @Test
    void onlyTheFewAnalysedLanguagesAreRecognised() {
        assertEquals("bash", SyntaxGuess.language("#!/usr/bin/env zsh\necho\n"));
        assertEquals("go", SyntaxGuess.language("package main\n"));
        assertEquals("fallback", SyntaxGuess.language("#!/usr/bin/env python\nprint(1)\n"));
        assertEquals("fallback", SyntaxGuess.language("<?php echo 1; ?>\n"));
        assertEquals("mysql", SyntaxGuess.language("SELECT `a` FROM t\n"));
        assertEquals("v shell", SyntaxGuess.language("#!/usr/bin/env v run\n"));
    }

    @Test
    void theHighestScoreWinsAndTheFirstOnATie() {
        assertEquals("bash", SyntaxGuess.language("#!/bin/sh\n# package x, module y\n"), "1.0 beats go's 0.1");
        assertEquals("go", SyntaxGuess.language("package x\nmodule y\n"), "go and v both score 0.1; go comes first");
        assertEquals(
                "go",
                SyntaxGuess.language("package main\nimport \"fmt\"\nmodule x\nimport y\nfmt.Println()\n"),
                "0.5 beats 0.2");
    }

    @Test
    void theGuessedNameIsWhatTheHtmlCarries() {
        HighlightOptions guess = new HighlightOptions(
                true, true, false, "monokai", HighlightOptions.LineNumbers.NONE, 1, "", 4, false, "", false, false);
        assertTrue(Highlighter.highlight("plain\n", "", guess)
                .contains("<code class=\"language-fallback\" data-lang=\"fallback\">"));
        assertTrue(Highlighter.highlight("package x\n", "nosuchlang", guess).contains("data-lang=\"go\""));
    }
}
