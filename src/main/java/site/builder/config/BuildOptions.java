package site.builder.config;

import java.nio.file.Path;

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
        String theme) {

    public static BuildOptions defaults(Path source) {
        return new BuildOptions(source, null, null, null, null, null, null, null, null, null);
    }

    public String environmentOr(String fallback) {
        return environment == null || environment.isBlank() ? fallback : environment;
    }
}
