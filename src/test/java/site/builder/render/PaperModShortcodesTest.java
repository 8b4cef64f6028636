package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;

/**
 * PaperMod's collapse, ltr and rtl shortcodes in the bundled theme: the page's content must be byte for byte
 * the .Content Hugo 0.111.3 + PaperMod v7.0 wrote for it (lists, code, headings, quotes, tables and nested
 * shortcodes inside), recorded by scripts/record-papermod-shortcodes.sh.
 */
class PaperModShortcodesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/papermod-shortcodes");

    @TempDir
    Path dir;

    @Test
    void contentEqualsHugoWithPaperMod() throws IOException {
        Path dump = dir.resolve("dump");
        new SiteBuilder(Clock.systemUTC(), dump)
                .build(BuildOptions.defaults(FIXTURE.resolve("site")).withDestination(dir.resolve("public")));
        String ours = new ObjectMapper()
                .readTree(dump.resolve("posts/shortcodes/page.json").toFile())
                .path("content")
                .asText();
        assertEquals(Files.readString(FIXTURE.resolve("shortcodes.html")), ours);
    }
}
