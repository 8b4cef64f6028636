package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;

/** The bundled theme's stylesheet as PaperMod's: one fingerprinted file with SRI, theme CSS then the site's. */
class ThemeBundlesTest {
    @TempDir
    Path src;

    @TempDir
    Path out;

    TestSites site;

    @BeforeEach
    void site() {
        site = TestSites.bare(src)
                .file("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"T\"\n")
                .file("content/a.md", "---\ntitle: A\n---\nx\n");
    }

    private Element stylesheetLink(Boolean minify) throws IOException {
        new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(src).withDestination(out).withMinify(minify));
        return Jsoup.parse(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8))
                .selectFirst("head link[rel='preload stylesheet']");
    }

    private byte[] published(Element link) throws IOException {
        return Files.readAllBytes(out.resolve(link.attr("href").substring(1)));
    }

    @Test
    void theStylesheetIsFingerprintedWithItsSha256AndTheIntegrityMatchesItsBytes() throws Exception {
        Element link = stylesheetLink(null);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(published(link));
        assertEquals("/assets/css/stylesheet." + java.util.HexFormat.of().formatHex(sha) + ".css", link.attr("href"));
        assertEquals("sha256-" + Base64.getEncoder().encodeToString(sha), link.attr("integrity"));
        assertEquals("anonymous", link.attr("crossorigin"));
        assertFalse(Files.exists(out.resolve("css/paper.css")), "the theme CSS is only in the bundle");
    }

    @Test
    void disableFingerprintingPublishesAPlainNameWithoutIntegrity() throws IOException {
        site.file("hugo.toml", "baseURL = \"https://example.org/\"\n[params.assets]\ndisableFingerprinting = true\n");
        Element link = stylesheetLink(null);
        assertEquals("/assets/css/stylesheet.css", link.attr("href"));
        assertFalse(link.hasAttr("integrity"));
        assertTrue(published(link).length > 1000);
    }

    @Test
    void extendedCssFollowsTheThemeCssInFileNameOrderInsideTheBundle() throws IOException {
        site.file("assets/css/extended/b.css", ".b { color: red }\n")
                .file("assets/css/extended/a.css", ".a { color: blue }\n");
        String css = new String(published(stylesheetLink(null)), StandardCharsets.UTF_8);
        int theme = css.indexOf(".post-entry");
        int a = css.indexOf(".a { color: blue }");
        assertTrue(theme >= 0 && a > theme && css.indexOf(".b { color: red }") > a, css.substring(Math.max(0, a - 40)));
        assertEquals(
                null,
                Jsoup.parse(Files.readString(out.resolve("index.html"))).selectFirst("head style:not(noscript style)"));
    }

    @Test
    void minifyShrinksTheBundleAndChangesItsFingerprint() throws IOException {
        site.file("assets/css/extended/a.css", "/* note */\n.a {\n  color: blue;\n}\n");
        Element plain = stylesheetLink(null);
        int plainSize = published(plain).length;
        Element minified = stylesheetLink(true);
        String css = new String(published(minified), StandardCharsets.UTF_8);
        assertTrue(css.endsWith(".a{color:blue}"), css.substring(css.length() - 30));
        assertTrue(css.length() < plainSize * 0.9, css.length() + " vs " + plainSize);
        assertTrue(!minified.attr("href").equals(plain.attr("href")), "a new fingerprint for new bytes");
    }

    @Test
    void anUnchangedBundleIsNotRewrittenOnRebuild() throws IOException {
        Path file = out.resolve(stylesheetLink(null).attr("href").substring(1));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        site.file("content/b.md", "---\ntitle: B\n---\ny\n");
        assertEquals(file, out.resolve(stylesheetLink(null).attr("href").substring(1)));
        assertEquals(old, Files.getLastModifiedTime(file));
    }
}
