package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every class our highlighter writes must be one Chroma 2.5 defines, or Chroma CSS themes would not style it. */
class ChromaClassesTest {
    /** Chroma's StandardTypes class names (chroma/types.go, v2.5.0). */
    private static final Set<String> CHROMA = Set.of(
            "bg", "chroma", "line", "ln", "lnt", "hl", "lntable", "lntd", "lnlinks", "cl", "w", "err", "x", "k", "kc",
            "kd", "kn", "kp", "kr", "kt", "n", "na", "nb", "bp", "nc", "no", "nd", "ni", "ne", "nf", "fm", "py", "nl",
            "nn", "nx", "nt", "nv", "vc", "vg", "vi", "vm", "l", "ld", "s", "sa", "sb", "sc", "dl", "sd", "s2", "se",
            "sh", "si", "sx", "sr", "s1", "ss", "m", "mb", "mf", "mh", "mi", "il", "mo", "o", "ow", "p", "c", "ch",
            "cm", "cp", "cpf", "c1", "cs", "g", "gd", "ge", "gr", "gh", "gi", "go", "gp", "gs", "gu", "gt", "gl");

    @Test
    void everyTokenTypeUsesAChromaClass() {
        for (TokenType t : TokenType.values()) {
            assertTrue(t.cssClass().isEmpty() || CHROMA.contains(t.cssClass()), t + " -> " + t.cssClass());
        }
    }

    @Test
    void everyClassInTheGoldenFilesIsChromas() throws IOException {
        Pattern cls = Pattern.compile("class=\"([^\"]*)\"");
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/highlight/golden"))) {
            for (Path f : files.toList()) {
                Matcher m = cls.matcher(Files.readString(f));
                while (m.find()) {
                    for (String c : m.group(1).split(" ")) {
                        assertTrue(
                                CHROMA.contains(c) || c.equals("highlight") || c.startsWith("language-"), f + ": " + c);
                    }
                }
            }
        }
    }

    @Test
    void lineNumbersInTableAndHighlightedLinesUseChromaMarkup() {
        HighlightOptions o =
                HighlightOptions.DEFAULT.with(HighlightOptions.LineNumbers.TABLE, 7, "2", false, "monokai");
        String html = Highlighter.highlight("a\nb\n", "plaintext", o);
        assertTrue(
                html.startsWith(
                        "<div class=\"highlight\"><div class=\"chroma\">\n<table class=\"lntable\"><tr><td class=\"lntd\">\n"
                                + "<pre tabindex=\"0\" class=\"chroma\"><code><span class=\"lnt\">7\n</span><span class=\"hl\"><span class=\"lnt\">8\n"),
                html);
        assertTrue(html.contains("<span class=\"line hl\"><span class=\"cl\">b\n</span></span>"), html);
    }

    @Test
    void unknownLanguageIsEscapedPlainText() {
        assertTrue(
                Highlighter.highlight("<b>&", "nosuchlang", HighlightOptions.DEFAULT)
                        .equals(
                                "<pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">&lt;b&gt;&amp;</code></pre>"));
    }
}
