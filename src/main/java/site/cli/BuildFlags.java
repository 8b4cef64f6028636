package site.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import site.builder.config.BuildOptions;

/** The build flags `site build` and `site serve` share (Hugo's): which site, where to, with what included. */
final class BuildFlags {
    @Option(
            names = {"-s", "--source"},
            description = "the site's root folder (default: .)")
    Path source = Path.of(".");

    @Option(
            names = {"-d", "--destination"},
            description = "write the site here instead of publishDir")
    Path destination;

    @Option(
            names = {"-b", "--baseURL"},
            description = "the base URL, e.g. https://example.org/")
    String baseURL;

    @Option(
            names = {"-D", "--buildDrafts"},
            description = "include drafts")
    Boolean buildDrafts;

    @Option(
            names = {"-F", "--buildFuture"},
            description = "include content with a publish date in the future")
    Boolean buildFuture;

    @Option(
            names = {"-E", "--buildExpired"},
            description = "include expired content")
    Boolean buildExpired;

    @Option(
            names = {"-e", "--environment"},
            description = "config/<environment>/ to merge (default: production; development for serve)")
    String environment;

    @Option(names = "--minify", description = "minify the HTML output")
    Boolean minify;

    @Option(
            names = {"-t", "--theme"},
            description = "the theme to use")
    String theme;

    @Option(
            names = "--config",
            split = ",",
            paramLabel = "FILE",
            description = "config file(s) instead of hugo.*/config.*, later ones winning")
    List<Path> configFiles;

    /** The builder's options; {@code defaultEnvironment} when -e is not given. */
    BuildOptions options(String defaultEnvironment, Boolean cleanDestinationDir) {
        return new BuildOptions(
                source,
                destination,
                baseURL,
                buildDrafts,
                buildFuture,
                buildExpired,
                environment == null ? defaultEnvironment : environment,
                minify,
                cleanDestinationDir,
                theme,
                configFiles);
    }
}
