package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deeply nested pages of bench/deep-nesting.sh (a list nested by indentation, quotes, the two mixed) through
 * real Hugo and through MarkdownRenderer: equal content. 300 levels go through {@link DeepNesting}'s large-stack
 * thread; 1000 is the deepest {@link InputLimits} accepts.
 */
class DeepNestingVsHugoIT {

    @Test
    void deeplyNestedPagesRenderLikeHugo(@TempDir Path dir) throws Exception {
        List<HugoOracle.Page> pages = new ArrayList<>();
        for (String kind : List.of("list", "quote", "mixed")) {
            for (int levels : new int[] {300, 1000}) {
                pages.add(new HugoOracle.Page(
                        kind + levels, "---\ntitle: deep\n---\n" + DeepNestingBenchmark.page(kind, levels)));
            }
        }
        var hugo = HugoOracle.render(dir, "", pages);
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of()));
        for (HugoOracle.Page page : pages) {
            String body = page.text().substring(page.text().indexOf("---\n", 4) + 4);
            Rendered ours = renderer.render(body, PageContext.of(Path.of(page.name() + ".md")));
            assertEquals(hugo.get(page.name()).get("content"), ours.content(), "content of " + page.name());
        }
    }
}
