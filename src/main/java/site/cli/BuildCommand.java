package site.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import site.builder.BuildFailedException;
import site.builder.BuildResult;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;
import site.common.LocatedError;

/** `site build`: Hugo's flags in, a built site (or every error with its file and line) out. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into public/ (like `hugo`).")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    BuildFlags flags = new BuildFlags();

    @Option(
            names = "--cleanDestinationDir",
            description = "remove files from earlier builds that this build did not write")
    Boolean cleanDestinationDir;

    @Option(
            names = "--strict",
            description = "treat warnings (such as two pages with one URL) as errors: nothing is written")
    boolean strict;

    @Option(
            names = {"-v", "--verbose"},
            description = "also print how long each build step took")
    boolean verbose;

    @Option(
            names = "--dump-pages",
            paramLabel = "DIR",
            description = "also write each page's variables as DIR/<path>/page.json")
    Path dumpPages;

    @Option(names = "--quiet", description = "print only warnings and errors")
    boolean quiet;

    @Option(
            names = "--logLevel",
            paramLabel = "LEVEL",
            description = "debug, info, warn (default) or error (hides warnings)")
    String logLevel;

    // Hugo flags that CI jobs and Dockerfiles pass and that mean nothing here: accepted, with one notice each
    @Option(names = "--gc", hidden = true)
    boolean gc;

    @Option(names = "--cacheDir", hidden = true, paramLabel = "DIR")
    Path cacheDir;

    @Option(names = "--noBuildLock", hidden = true)
    boolean noBuildLock;

    @Option(names = "--enableGitInfo", hidden = true)
    boolean enableGitInfo;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (flags.destination != null && flags.destination.toString().isEmpty()) {
            err.println("Error: -d/--destination is empty: name a folder, such as public");
            return 1;
        }
        BuildOptions options = flags.options(null, cleanDestinationDir);
        boolean warnings = logLevel == null || !logLevel.equalsIgnoreCase("error");
        if (!quiet) ignoredFlags().forEach(n -> err.println("NOTICE " + n));
        try {
            BuildResult result = new SiteBuilder(Clock.systemUTC(), dumpPages, strict).build(options);
            if (!quiet) result.notices().forEach(n -> err.println("NOTICE " + n));
            if (warnings) result.warnings().forEach(w -> err.println("WARN  " + w));
            if (!quiet) System.out.println(result.stats().table(result.millis()));
            if (verbose) {
                result.stepMillis().forEach((step, ms) -> System.out.printf("  %-11s %6d ms%n", step, ms));
                System.out.printf(
                        "  files written: %d (%d bytes); unchanged files were not rewritten%n",
                        result.stats().filesWritten(), result.stats().bytesStaged());
            }
            return 0;
        } catch (BuildFailedException e) {
            if (!quiet) e.notices().forEach(n -> err.println("NOTICE " + n));
            if (warnings) e.warnings().forEach(w -> err.println("WARN  " + w));
            for (LocatedError error : e.errors()) err.println("ERROR " + error);
            err.println("Error: build failed in step " + e.getMessage());
            return 1;
        }
    }

    private List<String> ignoredFlags() {
        List<String> out = new ArrayList<>();
        if (gc) out.add("--gc: nothing to collect, site keeps no resource cache");
        if (cacheDir != null) out.add("--cacheDir: site keeps no cache, " + cacheDir + " is not used");
        if (noBuildLock)
            out.add("--noBuildLock: site locks the destination only (public/.site_build.lock), never the sources");
        if (enableGitInfo) out.add("--enableGitInfo: Git dates are not read; lastmod comes from front matter");
        return out;
    }
}
