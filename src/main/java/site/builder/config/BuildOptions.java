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

    public BuildOptions(
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
        this(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                Map.of());
    }

    /** Nothing given but the source folder; the with... methods give one flag each. */
    public static BuildOptions defaults(Path source) {
        return new BuildOptions(source, null, null, null, null, null, null, null, null, null, List.of(), Map.of());
    }

    public BuildOptions withDestination(Path value) {
        return new BuildOptions(
                source,
                value,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withBaseURL(String value) {
        return new BuildOptions(
                source,
                destination,
                value,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withBuildDrafts(Boolean value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                value,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withBuildFuture(Boolean value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                value,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withBuildExpired(Boolean value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                value,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withEnvironment(String value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                value,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withMinify(Boolean value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                value,
                cleanDestinationDir,
                theme,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withTheme(String value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                value,
                configFiles,
                languageBaseURLs);
    }

    public BuildOptions withConfigFiles(List<Path> value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                value,
                languageBaseURLs);
    }

    public BuildOptions withLanguageBaseURLs(Map<String, String> value) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles,
                value);
    }

    public String environmentOr(String fallback) {
        return environment == null || environment.isBlank() ? fallback : environment;
    }
}
