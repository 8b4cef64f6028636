package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import site.builder.TestSites;
import site.testsupport.HugoOracle;
import site.testsupport.RealComponent;

/**
 * {@code page.related(n)} against Hugo 0.111.3's {@code .Site.RegularPages.Related .} on one generated site: a
 * Go template and a jte template each print every page's related list, and the lists must be equal. Run with
 * Hugo's default config, with a {@code [related]} table (threshold, includeNewer, toLower, a month pattern), and on
 * a bilingual site where only ko has that table ({@code [languages.ko.related]}): Hugo 0.111 reads a language's
 * own table, and en keeps the defaults.
 */
class RelatedVsHugoIT {
    private static final List<String> TAGS = List.of("java", "Java", "go", "k8s", "ops", "web", "db");
    private static final List<String> KEYWORDS = List.of("jvm", "gc", "http", "sql");
    private static final String CUSTOM = """
            [related]
            threshold = 50
            includeNewer = true
            toLower = true
            [[related.indices]]
            name = "tags"
            weight = 100
            [[related.indices]]
            name = "keywords"
            weight = 60
            [[related.indices]]
            name = "date"
            weight = 20
            pattern = "2006-01"
            """;

    @TempDir
    Path src;

    @TempDir
    Path hugoOut;

    @TempDir
    Path siteOut;

    @ParameterizedTest
    @ValueSource(strings = {"default", "custom", "ko-own"})
    void relatedListsMatchHugos(String config) throws IOException {
        RealComponent.requireCommand("hugo", "hugo", "version");
        boolean bilingual = config.equals("ko-own");
        TestSites site = generate(config);
        HugoOracle.build(src, hugoOut);
        site.buildTo(siteOut);
        Map<String, String> hugo = lists(hugoOut, bilingual), ours = lists(siteOut, bilingual);
        assertEquals(bilingual ? 80 : 40, hugo.size(), "every post printed its list");
        assertTrue(hugo.values().stream().filter(l -> !l.isBlank()).count() >= 10, "the fixture relates pages");
        if (bilingual)
            assertTrue(
                    hugo.keySet().stream()
                            .filter(k -> k.startsWith("p"))
                            .anyMatch(
                                    k -> !hugo.get(k).equals(hugo.get("ko/" + k).replace("/ko/posts/", "/posts/"))),
                    "ko's own [related] relates other pages than en's defaults");
        List<String> differing = hugo.keySet().stream()
                .filter(k -> !hugo.get(k).equals(ours.get(k)))
                .map(k -> k + ":\n  hugo: " + hugo.get(k).replace("\n", " ") + "\n  site: "
                        + String.valueOf(ours.get(k)).replace("\n", " "))
                .toList();
        assertEquals(List.of(), differing, "pages whose related list differs from Hugo's");
    }

    /** 40 posts with tags, keywords and dates (some without, some shared) drawn from a fixed seed; in ko too. */
    private TestSites generate(String config) {
        boolean bilingual = config.equals("ko-own");
        String languages = "[languages.en]\nweight = 1\n[languages.ko]\nweight = 2\n"
                + CUSTOM.replace("related", "languages.ko.related");
        TestSites site = TestSites.bare(src)
                .file(
                        "hugo.toml",
                        "baseURL = \"https://example.org/\"\ntitle = \"R\"\n"
                                + "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"
                                + (config.equals("custom") ? CUSTOM : "")
                                + (bilingual ? languages : ""))
                .file(
                        "layouts/_default/single.html",
                        "related:\n{{ range .Site.RegularPages.Related . }}{{ .RelPermalink }}\n{{ end }}")
                .file(
                        "layouts/_default/single.jte",
                        "@param site.builder.render.PageView page\n"
                                + "related:\n@for(var p : page.related(1000))${p.relPermalink()}\n@endfor");
        Random random = new Random(14);
        for (int i = 0; i < 40; i++) {
            StringBuilder fm = new StringBuilder("---\ntitle: Post " + (char) ('A' + i % 26) + i + "\n");
            if (i % 13 != 5)
                fm.append("date: 202")
                        .append(2 + random.nextInt(3))
                        .append("-0")
                        .append(1 + random.nextInt(3))
                        .append("-1")
                        .append(random.nextInt(2))
                        .append("T10:00:00Z\n");
            fm.append("tags: ").append(pick(random, TAGS, random.nextInt(4))).append('\n');
            if (random.nextInt(3) == 0)
                fm.append("keywords: ")
                        .append(pick(random, KEYWORDS, 1 + random.nextInt(2)))
                        .append('\n');
            String page = fm.append("---\nbody\n").toString();
            site.file("content/posts/p" + i + ".md", page);
            if (bilingual) site.file("content/posts/p" + i + ".ko.md", page);
        }
        return site;
    }

    private static String pick(Random random, List<String> from, int n) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = from.get(random.nextInt(from.size()));
            if (!out.contains(s)) out.add(s);
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** Each post's list by its name (p7), and on the bilingual site each ko post's too (ko/p7). */
    private static Map<String, String> lists(Path out, boolean bilingual) throws IOException {
        Map<String, String> lists = new TreeMap<>();
        for (String lang : bilingual ? List.of("", "ko/") : List.of("")) {
            for (int i = 0; i < 40; i++) {
                Path f = out.resolve(lang + "posts/p" + i + "/index.html");
                if (Files.exists(f))
                    lists.put(
                            lang + "p" + i,
                            Files.readString(f, StandardCharsets.UTF_8).strip().substring("related:".length()));
            }
        }
        return lists;
    }
}
