package site.builder.config;

import java.nio.file.Path;
import java.util.List;

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
        List<Path> configFiles) {

    /** --config: the files that replace hugo.* / config.* at the site root, later ones winning (Hugo's order). */
    public BuildOptions {
        configFiles = configFiles == null ? List.of() : List.copyOf(configFiles);
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
                cleanDestinationDir, theme, configFiles);
    }

    public String environmentOr(String fallback) {
        return environment == null || environment.isBlank() ? fallback : environment;
    }
}
