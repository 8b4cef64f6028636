package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.common.LocatedError;

/** Output formats Hugo knows and site does not write are named in one warning each, never dropped in silence. */
class UnsupportedOutputFormatsTest {
    @TempDir
    Path dir;

    @Test
    void configuredAndFrontMatterFormatsThatSiteDoesNotWriteAreWarnedAboutOnce() throws IOException {
        TestSites.in(dir)
                .file(
                        "hugo.toml",
                        "baseURL = \"https://example.org/\"\n[outputs]\nhome = [\"HTML\", \"RSS\", \"AMP\"]\n"
                                + "page = [\"HTML\", \"Calendar\"]\n")
                .file("content/a.md", "---\ntitle: A\n---\na\n")
                .file("content/b.md", "---\ntitle: B\n---\nb\n")
                .file("content/c.md", "---\ntitle: C\noutputs: [\"html\", \"csv\"]\n---\nc\n");
        BuildResult result = new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(dir));
        assertEquals(
                List.of(
                        dir.resolve("content/c.md")
                                + ": outputs: output format \"CSV\" is not one site writes (HTML, RSS, JSON): skipped",
                        "outputs.home: output format \"AMP\" is not one site writes (HTML, RSS, JSON): skipped",
                        "outputs.page: output format \"CALENDAR\" is not one site writes (HTML, RSS, JSON): skipped"),
                result.warnings().stream().map(LocatedError::toString).sorted().toList());
        assertTrue(Files.exists(dir.resolve("public/index.xml")) && Files.exists(dir.resolve("public/c/index.html")));
    }
}
