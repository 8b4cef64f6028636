package site.testsupport;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Gate for tests that need a real outside component (hugo, nginx, MariaDB, chromium).
 * In CI (CI=true) a missing component fails the test; elsewhere the test is skipped with the reason printed.
 */
public final class RealComponent {
    private RealComponent() {}

    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Requires that `command args...` runs and exits 0. */
    public static void requireCommand(String what, String... command) {
        require(what, commandWorks(command), "`" + String.join(" ", command) + "` did not run");
    }

    /** The Hugo every compatibility test compares with: 0.111.3 exactly (Debian's `hugo` package), not any hugo. */
    public static final String HUGO_VERSION = "v0.111.3";

    /** Requires that `hugo version` runs and names {@link #HUGO_VERSION}. */
    public static void requireHugo() {
        String version = output("hugo", "version");
        boolean exact = version != null && version.matches("(?s)hugo " + HUGO_VERSION.replace(".", "\\.") + "[+ ].*");
        require(
                "hugo " + HUGO_VERSION,
                exact,
                version == null ? "`hugo version` did not run" : "found " + version.strip());
    }

    /** Fails in CI, skips (saying why) elsewhere, when {@code available} is false. */
    public static void require(String what, boolean available, String why) {
        if (available) return;
        String message = what + " is not available: " + why;
        if (inCi()) throw new AssertionError(message + " (CI=true: .ci/run must provide it)");
        System.err.println("SKIP: " + message);
        Assumptions.abort(message);
    }

    /** What a command printed, or null when it did not run or failed. */
    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0
                    ? new String(out, java.nio.charset.StandardCharsets.UTF_8)
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
