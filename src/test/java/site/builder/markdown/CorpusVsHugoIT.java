package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's mixed Korean/English pages (headings, lists, tables, quotes, highlighted Go and YAML) through
 * real Hugo with hasCJKLanguage and through MarkdownRenderer: every page equal in content, TOC, summary,
 * plain text and word count.
 */
class CorpusVsHugoIT {

    @Test
    void corpusPagesRenderLikeHugo(@TempDir Path dir) throws Exception {
        List<String> corpus = BenchmarkCorpus.pages(60);
        List<HugoOracle.Page> pages = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++)
            pages.add(new HugoOracle.Page("p" + i, "---\ntitle: p" + i + "\n---\n" + corpus.get(i)));
        var hugo = HugoOracle.render(dir, "hasCJKLanguage = true\n", pages);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));
        for (int i = 0; i < corpus.size(); i++) {
            Rendered ours = renderer.render(
                    corpus.get(i), PageContext.of(Path.of("p" + i + ".md")).withCJKLanguage(true));
            Map<String, Object> expected = hugo.get("p" + i);
            assertEquals(expected.get("content"), ours.content(), "content of p" + i);
            assertEquals(expected.get("toc"), ours.tableOfContents(), "toc of p" + i);
            assertEquals(expected.get("summary"), ours.summary(), "summary of p" + i);
            assertEquals(expected.get("plain"), ours.plain(), "plain of p" + i);
            assertEquals(expected.get("wordCount"), ours.wordCount(), "word count of p" + i);
            assertEquals(expected.get("readingTime"), ours.readingTime(), "reading time of p" + i);
        }
    }
}
