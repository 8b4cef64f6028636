package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import site.testsupport.HugoFixtures;
import site.testsupport.HugoOracle;
import site.testsupport.HugoSite;

/**
 * Differential test of the command line as Dockerfiles and CI jobs use it: the packaged jar run as a process
 * with the same flags and HUGO_* variables as real Hugo 0.111.3, on one small site written here; titles, URLs,
 * params, the site settings and the sitemap must agree.
 */
class CliVsHugoIT {
    private static final Path FEEDLESS_THEME =
            Path.of("src/test/resources/jte-feedless-theme").toAbsolutePath();

    @BeforeAll
    static void hugo() {
        HugoFixtures.requireHugo();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "HUGO_BASEURL beats -b",
                        Map.of("HUGO_BASEURL", "https://env.example/docs/"),
                        List.of("-b", "https://flag.example/")),
                Arguments.of(
                        "HUGO_ENVIRONMENT beats -e",
                        Map.of("HUGO_ENVIRONMENT", "staging"),
                        List.of("-e", "production")),
                Arguments.of("HUGO_ENVIRONMENT alone", Map.of("HUGO_ENVIRONMENT", "staging"), List.of()),
                Arguments.of("HUGO_ENV alone", Map.of("HUGO_ENV", "staging"), List.of()),
                Arguments.of("-e alone", Map.of(), List.of("-e", "staging")),
                Arguments.of(
                        "HUGO_TITLE and params",
                        Map.of(
                                "HUGO_TITLE",
                                "Title from the environment",
                                "HUGO_PARAMS_GREETING",
                                "hello",
                                "HUGOxPARAMSxAPI_KEY",
                                "k-1",
                                "HUGO_PARAMS_COUNT",
                                "3",
                                "HUGO_PARAMS_FLAG",
                                "false"),
                        List.of()),
                Arguments.of("--config FILE,FILE", Map.of(), List.of("--config", "hugo.toml,extra.toml")),
                // --enableGitInfo too is accepted, but Hugo fails it outside a git repository
                Arguments.of(
                        "no-op flags", Map.of(), List.of("--gc", "--cacheDir", "/tmp/site-cli-cache", "--noBuildLock")),
                Arguments.of("--quiet and drafts", Map.of(), List.of("--quiet", "-D")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsLikeHugo(String name, Map<String, String> env, List<String> args, @TempDir Path dir) throws Exception {
        Path site = writeSite(dir.resolve("site"));
        HugoSite hugo = HugoOracle.build(site, dir.resolve("hugo-public"), env, args.toArray(String[]::new));
        HugoSite ours = ours(site, dir, env, args);
        SiteDiff diff = new SiteDiff();
        diff.pageSets(hugo, ours);
        diff.fields(hugo, ours, List.of("title", "permalink", "relPermalink", "draft", "params"));
        diff.equal("site settings", hugo.page("/").path("site"), ours.page("/").path("site"));
        diff.equal("sitemap.xml", hugo.text("sitemap.xml"), ours.text("sitemap.xml"));
        assertTrue(diff.diffs().isEmpty(), name + " differs from Hugo:\n  " + String.join("\n  ", diff.diffs()));
    }

    /** A site whose every setting the cases change: base URL, title, params, an environment folder, a draft. */
    private static Path writeSite(Path site) throws IOException {
        write(
                site.resolve("hugo.toml"),
                "baseURL = \"https://config.example/\"\ntitle = \"Config title\"\n"
                        + "[params]\ngreeting = \"from config\"\ncount = 1\nflag = true\n");
        write(site.resolve("extra.toml"), "title = \"Extra title\"\n[params]\ngreeting = \"from extra\"\n");
        write(
                site.resolve("config/staging/hugo.toml"),
                "baseURL = \"https://staging.example/\"\n" + "[params]\ngreeting = \"from staging\"\n");
        write(site.resolve("content/posts/first.md"), "---\ntitle: First\ndate: 2024-01-02\n---\nOne.\n");
        write(site.resolve("content/posts/draft.md"), "---\ntitle: Draft\ndate: 2024-01-03\ndraft: true\n---\nTwo.\n");
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** `java -jar target/site.jar build` with the flags and variables, dumping every page's variables. */
    private static HugoSite ours(Path site, Path dir, Map<String, String> env, List<String> args) throws Exception {
        Path out = dir.resolve("site-public");
        Path dump = dir.resolve("site-dump");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target/site.jar").toAbsolutePath().toString(),
                "build",
                "-s",
                site.toString(),
                "-d",
                out.toString(),
                "--dump-pages",
                dump.toString(),
                "-t",
                FEEDLESS_THEME.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "site build did not finish");
        assertEquals(0, process.exitValue(), log);
        return new HugoSite(
                out, HugoSite.loadDumpDir(dump).pages(), HugoSite.read(out).files(), Set.of());
    }
}
