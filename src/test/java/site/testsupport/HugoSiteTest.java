package site.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own reading of dumps, file names and Hugo's log; no Hugo needed (HugoOracleIT runs Hugo). */
class HugoSiteTest {
    @Test
    void loadDumpDirKeysPagesByTheirOutputPath(@TempDir Path dump) throws IOException {
        Files.createDirectories(dump.resolve("posts/안녕"));
        Files.createDirectories(dump.resolve("pages/about-us.html"));
        Files.writeString(dump.resolve("page.json"), "{\"kind\":\"home\"}");
        Files.writeString(dump.resolve("posts/안녕/page.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("pages/about-us.html/page.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("posts/ugly.html.json"), "{\"kind\":\"page\"}");
        Files.writeString(dump.resolve("404.html.json"), "{\"kind\":\"404\"}");
        HugoSite site = HugoSite.loadDumpDir(dump);
        assertEquals(
                Set.of("/", "/posts/안녕/", "/pages/about-us.html/", "/posts/ugly.html", "/404.html"),
                site.pages().keySet());
        assertEquals("page", site.page("/posts/안녕/").get("kind").asText());
    }

    @Test
    void duplicateTargetsAreReadFromHugosWarning() {
        String log = "WARN 2026/11/26 13:41:13 Duplicate target paths: /posts/a/index.html (2), /x.html (3)\n";
        assertEquals(Set.of("/posts/a/", "/x.html"), HugoOracle.duplicateTargets(log));
        assertEquals(Set.of(), HugoOracle.duplicateTargets("Total in 22 ms\n"));
    }

    @Test
    void urlPathOfMapsIndexFilesToTheirFolder() {
        assertEquals("/", HugoSite.urlPathOf("index.html"));
        assertEquals("/posts/x/", HugoSite.urlPathOf("posts/x/index.html"));
        assertEquals("/posts/x.html", HugoSite.urlPathOf("posts/x.html"));
    }
}
