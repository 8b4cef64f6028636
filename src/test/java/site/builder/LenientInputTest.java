package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.common.LocatedError;

/** Input Hugo 0.111.3 builds without a word (HUGO-FACTS.md): site builds it the same way, with a warning naming file and line. */
class LenientInputTest {
    @TempDir
    Path dir;

    private List<String> warnings(TestSites site) {
        BuildResult result = new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(site.root()).withDestination(dir.resolve("public")));
        return result.warnings().stream().map(LocatedError::toString).sorted().toList(); // files are read in parallel
    }

    private String dump(String page) throws IOException {
        return Files.readString(dir.resolve("public/posts/" + page + "/index.html"));
    }

    @Test
    void aDateThatIsNoDateIsIgnoredWithAWarning() throws IOException {
        TestSites site = TestSites.in(dir.resolve("site"));
        List<String> bad = List.of("2024-13-45", "2024-02-30", "\"yesterday\"");
        for (int i = 0; i < bad.size(); i++) {
            site.file("content/posts/p" + i + ".md", "---\ntitle: P\ndate: " + bad.get(i) + "\n---\nx\n");
        }
        List<String> warnings = warnings(site);
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0)
                        .matches(".*content/posts/p0\\.md:3: front matter \"date\": \"2024-13-45\" is not a date.*"),
                warnings.get(0));
        assertFalse(dump("p0").contains("2024"), dump("p0")); // the zero date, as in Hugo
    }

    @Test
    void aLaterSourceGivesTheDateWhenTheFirstIsNoDate() throws IOException {
        TestSites site = TestSites.in(dir.resolve("site"))
                .file("content/posts/a.md", "---\ntitle: A\ndate: soon\npublishDate: 2024-05-06\n---\nx\n");
        assertEquals(1, warnings(site).size());
        assertTrue(dump("a").contains("2024-05-06"), dump("a"));
    }

    @Test
    void anIntegerDateIsUnixSecondsAsInHugo() throws IOException {
        TestSites site =
                TestSites.in(dir.resolve("site")).file("content/posts/a.md", "---\ntitle: A\ndate: 5\n---\nx\n");
        assertEquals(List.of(), warnings(site));
        assertTrue(dump("a").contains("1970-01-01"), dump("a"));
    }

    @Test
    void aTomlLocalTimeIsNoDate() {
        TestSites site = TestSites.in(dir.resolve("site"))
                .file("content/posts/t.md", "+++\ntitle = 'T'\ndate = 07:32:00\n+++\nx\n")
                .file("content/posts/u.md", "+++\ntitle = 'U'\ndate = 1979-05-27\n+++\nx\n");
        List<String> warnings = warnings(site);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("content/posts/t.md:3: front matter \"date\""), warnings.get(0));
    }

    @Test
    void aLegacyEncodedPostBuildsWithReplacementCharactersAndAWarning() throws IOException {
        byte[] body = "안녕하세요 EUC-KR\n".getBytes(Charset.forName("EUC-KR"));
        byte[] head = "---\ntitle: Old\n---\nfirst line\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + body.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(body, 0, file, head.length, body.length);
        TestSites site = TestSites.in(dir.resolve("site")).bytes("content/posts/old.md", file);
        List<String> warnings = warnings(site);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("content/posts/old.md:5: not valid UTF-8"), warnings.get(0));
        assertTrue(Files.readString(dir.resolve("public/posts/old/index.html")).contains("\uFFFD"));
    }

    @Test
    void aNulByteInThePostBecomesAReplacementCharacterWithAWarning() throws IOException {
        TestSites site = TestSites.in(dir.resolve("site"))
                .bytes(
                        "content/posts/nul.md",
                        "---\ntitle: Nul\n---\nbefore\0after\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> warnings = warnings(site);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("content/posts/nul.md:4:"), warnings.get(0));
        assertTrue(Files.readString(dir.resolve("public/posts/nul/index.html")).contains("before\uFFFDafter"));
    }
}
