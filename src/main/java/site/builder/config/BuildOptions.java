package site.builder.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the command line overrides (Hugo's flags). Null means "not given": the config decides.
 */
public record BuildOptions(
        Path source,
        Path destination,
        String baseURL,
        Boolean buildDrafts,
        Boolean buildFuture,
        Boolean buildExpired,
        String environment,
        Boolean minify,
        Boolean cleanDestinationDir,
        String theme,
        List<Path> configFiles,
        Map<String, String> languageBaseURLs) {

    /**
     * configFiles: --config, the files that replace hugo.* / config.* at the site root, later ones winning (Hugo's
     * order). languageBaseURLs: each language's base URL by key, in place of its configured one: the preview's
     * address per language of a site whose languages each have their own host.
     */
    public BuildOptions {
        configFiles = configFiles == null ? List.of() : List.copyOf(configFiles);
        languageBaseURLs = languageBaseURLs == null ? Map.of() : Map.copyOf(languageBaseURLs);
    }

    public BuildOptions(Path source, Path destination, String baseURL, Boolean buildDrafts, Boolean buildFuture,
                        Boolean buildExpired, String environment, Boolean minify, Boolean cleanDestinationDir, String theme,
                        List<Path> configFiles) {
        this(source, destination, baseURL, buildDrafts, buildFuture, buildExpired, environment, minify,
                cleanDestinationDir, theme, configFiles, Map.of());
    }

    public BuildOptions(Path source, Path destination, String baseURL, Boolean buildDrafts, Boolean buildFuture,
                        Boolean buildExpired, String environment, Boolean minify, Boolean cleanDestinationDir, String theme) {
        this(source, destination, baseURL, buildDrafts, buildFuture, buildExpired, environment, minify,
                cleanDestinationDir, theme, List.of());
    }

    public static BuildOptions defaults(Path source) {
        return new BuildOptions(source, null, null, null, null, null, null, null, null, null);
    }

    public BuildOptions withBaseURL(String url) {
        return new BuildOptions(source, destination, url, buildDrafts, buildFuture, buildExpired, environment, minify,
                cleanDestinationDir, theme, configFiles, languageBaseURLs);
    }

    public BuildOptions withLanguageBaseURLs(Map<String, String> urls) {
        return new BuildOptions(source, destination, baseURL, buildDrafts, buildFuture, buildExpired, environment, minify,
                cleanDestinationDir, theme, configFiles, urls);
    }

    public String environmentOr(String fallback) {
        return environment == null || environment.isBlank() ? fallback : environment;
    }
}
