package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.common.BuildLog;

/** HUGO_* variables and --config as Hugo 0.111.3 applies them (each case checked with that hugo). */
class EnvironmentOverridesTest {
    @TempDir
    Path site;

    private SiteConfig load(Map<String, String> env, BuildOptions options) {
        return new ConfigLoader(new BuildLog(), env).load(options);
    }

    private void files() throws IOException {
        Files.writeString(
                site.resolve("a.toml"), "title = \"A\"\nbaseURL = \"https://a.example/\"\n[params]\nx = \"from-a\"\n");
        Files.writeString(site.resolve("b.toml"), "title = \"B\"\n[params]\nx = \"from-b\"\ny = \"only-b\"\n");
        Files.writeString(site.resolve("hugo.toml"), "title = \"Root\"\n[params]\nz = \"root\"\n");
    }

    private BuildOptions withConfig(String... files) {
        return BuildOptions.defaults(site)
                .withConfigFiles(java.util.Arrays.stream(files).map(Path::of).toList());
    }

    @Test
    void configFilesReplaceTheRootFileAndTheLaterOneWins() throws IOException {
        files();
        SiteConfig config = load(Map.of(), withConfig("a.toml", "b.toml"));
        assertEquals("B", config.identity().title());
        assertEquals(
                Map.of("x", "from-b", "y", "only-b"),
                config.params().entrySet().stream()
                        .filter(e -> !e.getKey().equals("mainsections"))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals("https://a.example/", config.baseURL());
    }

    @Test
    void hugoVariablesSetKeysAndNestedParamsAsStrings() throws IOException {
        files();
        SiteConfig config = load(
                Map.of(
                        "HUGO_TITLE",
                        "T",
                        "HUGO_PARAMS_FLAG",
                        "true",
                        "HUGOxPARAMSxAPI_KEY",
                        "k",
                        "HUGOxPARAMSxMAX_X",
                        "m",
                        "PATH",
                        "/bin"),
                withConfig("a.toml"));
        assertEquals("T", config.identity().title());
        assertEquals("true", config.params().get("flag"));
        assertEquals("k", config.params().get("api_key"));
        assertEquals("m", config.params().get("max_x"));
        assertEquals("from-a", config.params().get("x"));
    }

    @Test
    void hugoBaseUrlWinsOverTheFlagButTheEnvironmentFlagWinsOverHugoEnvironment() throws IOException {
        files();
        BuildOptions flags =
                BuildOptions.defaults(site).withBaseURL("https://flag.example/").withEnvironment("flagenv");
        SiteConfig config = load(Map.of("HUGO_BASEURL", "https://env.example/", "HUGO_ENVIRONMENT", "staging"), flags);
        assertEquals("https://env.example/", config.baseURL());
        assertEquals("flagenv", config.identity().environment());
        assertEquals(
                "staging",
                load(Map.of("HUGO_ENVIRONMENT", "staging"), BuildOptions.defaults(site))
                        .identity()
                        .environment());
        assertEquals(
                "envonly",
                load(Map.of("HUGO_ENV", "envonly"), BuildOptions.defaults(site))
                        .identity()
                        .environment());
        assertEquals("https://flag.example/", load(Map.of(), flags).baseURL());
        assertEquals("flagenv", load(Map.of(), flags).identity().environment());
    }

    @Test
    void aValueTakesTheTypeOfTheConfiguredOneAndOneThatDoesNotFitIsIgnoredWithAWarning() throws IOException {
        Files.writeString(
                site.resolve("hugo.toml"),
                "title = \"T\"\n[params]\nn = 1\nf = 1.5\nb = true\ns = \"x\"\nl = [\"a\"]\n");
        BuildLog log = new BuildLog();
        SiteConfig config = new ConfigLoader(
                        log,
                        Map.of(
                                "HUGO_PARAMS_N",
                                "3",
                                "HUGO_PARAMS_F",
                                "2",
                                "HUGO_PARAMS_B",
                                "false",
                                "HUGO_PARAMS_S",
                                "42",
                                "HUGO_PARAMS_L",
                                "y",
                                "HUGO_PARAMS_NEW",
                                "7"))
                .load(BuildOptions.defaults(site));
        assertEquals(3L, config.params().get("n"));
        assertEquals(2.0, config.params().get("f"));
        assertEquals(false, config.params().get("b"));
        assertEquals("42", config.params().get("s"));
        assertEquals("y", config.params().get("l"));
        assertEquals("7", config.params().get("new"));
        assertEquals(List.of(), log.warnings());
        BuildLog bad = new BuildLog();
        SiteConfig kept = new ConfigLoader(bad, Map.of("HUGO_PARAMS_N", "abc", "HUGO_PARAMS_B", "yes"))
                .load(BuildOptions.defaults(site));
        assertEquals(1, ((Number) kept.params().get("n")).intValue());
        assertEquals(true, kept.params().get("b"));
        assertEquals(
                List.of(
                        "HUGO_PARAMS_B: \"yes\" is not a boolean like the configured params.b; ignored",
                        "HUGO_PARAMS_N: \"abc\" is not a number like the configured params.n; ignored"),
                bad.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void aMissingConfigFileIsAnErrorNamingIt() throws IOException {
        files();
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                site.common.LocatedException.class, () -> load(Map.of(), withConfig("nope.toml")));
        assertEquals(
                List.of(site.resolve("nope.toml") + ": --config names a file that does not exist"),
                e.errors().stream().map(Object::toString).toList());
    }
}
