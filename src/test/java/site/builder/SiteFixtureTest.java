package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture text format itself: what a file line starts and where a file ends. */
class SiteFixtureTest {
    @Test
    void fileLinesSplitTheTextAndTextBeforeTheFirstIsAComment() {
        SiteFixture fixture = SiteFixture.of("""
                a comment
                -- hugo.toml --
                title = "T"
                -- content/a b.md --
                ---
                title: A -- not a file line
                ---

                body
                """);
        assertEquals(
                Map.of(
                        "hugo.toml",
                        "title = \"T\"\n",
                        "content/a b.md",
                        "---\ntitle: A -- not a file line\n---\n\nbody\n"),
                fixture.files());
        assertEquals(
                List.of("hugo.toml", "content/a b.md"),
                List.copyOf(fixture.files().keySet()));
    }
}
