package site.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Flags of Hugo 0.111.3's `hugo server` that scripts pass and that mean nothing for `site serve`: accepted, so a
 * script written for Hugo runs, with one notice each that says why nothing changes.
 */
final class IgnoredServerFlags {
    @Option(names = "--disableFastRender", hidden = true)
    boolean disableFastRender;

    @Option(names = "--poll", hidden = true, paramLabel = "INTERVAL")
    String poll;

    @Option(names = "--liveReloadPort", hidden = true, paramLabel = "PORT")
    Integer liveReloadPort;

    @Option(names = "--memstats", hidden = true, paramLabel = "FILE")
    String memstats;

    @Option(names = "--meminterval", hidden = true, paramLabel = "INTERVAL")
    String meminterval;

    @Option(names = "--printMemoryUsage", hidden = true)
    boolean printMemoryUsage;

    @Option(names = "--noHTTPCache", hidden = true)
    boolean noHTTPCache;

    @Option(names = "--forceSyncStatic", hidden = true)
    boolean forceSyncStatic;

    @Option(names = "--renderStaticToDisk", hidden = true)
    boolean renderStaticToDisk;

    @Option(
            names = {"--noChmod", "--noTimes"},
            hidden = true)
    boolean noChmodOrTimes;

    /** One line per flag given: the flag and why it changes nothing here. */
    List<String> notices() {
        List<String> out = new ArrayList<>();
        if (disableFastRender)
            out.add("--disableFastRender: there is no fast render mode; every rebuild brings every page up to date");
        if (poll != null)
            out.add("--poll " + poll + ": changes are seen through the system's file events, not by polling");
        if (liveReloadPort != null) {
            out.add("--liveReloadPort " + liveReloadPort
                    + ": the reload script connects to the address its page came from");
        }
        if (memstats != null || meminterval != null || printMemoryUsage) {
            out.add("--memstats, --meminterval, --printMemoryUsage: memory use is not recorded");
        }
        if (noHTTPCache) out.add("--noHTTPCache: the preview never lets browsers cache (Cache-Control: no-store)");
        if (forceSyncStatic) out.add("--forceSyncStatic: each build compares every static file already");
        if (renderStaticToDisk)
            out.add("--renderStaticToDisk: static files are served from memory with the rest (see --renderToDisk)");
        if (noChmodOrTimes) out.add("--noChmod, --noTimes: file modes and times are not copied anyway");
        return out;
    }
}
