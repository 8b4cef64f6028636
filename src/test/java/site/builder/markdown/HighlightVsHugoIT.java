package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code fences of the highlight samples through real Hugo (Chroma, classes) and through MarkdownRenderer.
 * Languages whose lexers match Chroma token for token must stay byte-identical; the others are measured in
 * docs/COMPATIBILITY.md.
 */
class HighlightVsHugoIT {
    static final List<String> IDENTICAL = List.of("bash", "console", "go", "html", "java", "json", "plaintext", "toml", "yaml");

    @Test
    void languagesMatchingChromaStayIdentical(@TempDir Path dir) throws Exception {
        List<HugoOracle.Page> pages = new ArrayList<>();
        for (String lang : IDENTICAL) {
            String code = Files.readString(Path.of("src/test/resources/highlight/samples", lang + ".txt"));
            pages.add(new HugoOracle.Page(lang, "---\ntitle: " + lang + "\n---\n```" + lang + "\n" + code + "```\n"));
        }
        var hugo = HugoOracle.render(dir, "[markup.highlight]\nnoClasses = false\n", pages);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("noclasses", false))));
        for (HugoOracle.Page page : pages) {
            String body = page.text().substring(page.text().indexOf("\n---\n") + 5);
            assertEquals(hugo.get(page.name()).get("content"), renderer.render(body, PageContext.of(Path.of(page.name()))).content(), page.name());
        }
    }
}
