package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.config.BuildOptions;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoSite;

/**
 * --minify against `hugo --minify` on fixture sites: the built-in feeds and the sitemap must
 * be byte for byte Hugo's, apart from white space runs inside text, which Hugo's minifier collapses and site
 * keeps (COMPATIBILITY.md); and ours must mean what our unminified files mean.
 */
class MinifyVsHugoIT {
    private static final Path FEEDLESS_THEME = Path.of("src/test/resources/jte-feedless-theme");

    @BeforeAll
    static void hugo() {
        HugoFixtures.requireHugo();
    }

    @ParameterizedTest
    @ValueSource(strings = {"outputs-feeds", "korean-urls", "sitemap-config", "taxonomies"})
    void minifiesFeedsAndSitemapAsHugoDoes(String name) throws IOException {
        HugoSite hugo = HugoFixtures.site(name, "--minify");
        Path ours = build(name, true);
        List<String> diffs = new ArrayList<>();
        for (String file : hugo.files()) {
            if (!file.endsWith(".xml")) continue; // index.json is each theme's own
            String mine = Files.readString(ours.resolve(file));
            if (!collapsed(hugo.text(file)).equals(collapsed(mine))) {
                diffs.add(file + ":\n  hugo " + hugo.text(file) + "\n  ours " + mine);
            }
        }
        assertTrue(diffs.isEmpty(), String.join("\n", diffs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outputs-feeds", "korean-urls"})
    void minifiedFeedsMeanWhatTheUnminifiedOnesMean(String name) throws IOException {
        Path plain = build(name, false);
        Path minified = build(name, true);
        for (String file : List.of("index.xml", "sitemap.xml", "posts/index.xml")) {
            if (!Files.exists(plain.resolve(file))) continue;
            String big = Files.readString(plain.resolve(file));
            String small = Files.readString(minified.resolve(file));
            assertTrue(small.length() < big.length(), file);
            assertEquals(XmlCanon.of(big), XmlCanon.of(small), file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outputs-feeds"})
    void minifiedJsonIsTheSameValue(String name) throws IOException {
        String small = Files.readString(build(name, true).resolve("index.json"));
        String big = Files.readString(build(name, false).resolve("index.json"));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(mapper.readTree(big), mapper.readTree(small));
        assertFalse(small.contains("\n"), small);
    }

    /** Hugo's minifier turns a white space run inside text into one space (a newline if it held one). */
    private static String collapsed(String xml) {
        return xml.replaceAll("[ \t]*\n\\s*", "\n").replaceAll("[ \t]+", " ");
    }

    private static Path build(String name, boolean minify) throws IOException {
        Path root = Files.createDirectories(Path.of("target/site-builds"));
        Path source = Files.createTempDirectory(root, name + "-source");
        TestSites.copy(HugoFixtures.SITES.resolve(name), source);
        Path out = Files.createTempDirectory(root, name + (minify ? "-min" : "-plain"));
        new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(source)
                        .withDestination(out.toAbsolutePath())
                        .withMinify(minify)
                        .withTheme(FEEDLESS_THEME.toAbsolutePath().toString()));
        return out;
    }
}
