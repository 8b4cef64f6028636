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

    /** Fails in CI, skips (saying why) elsewhere, when {@code available} is false. */
    public static void require(String what, boolean available, String why) {
        if (available) return;
        String message = what + " is not available: " + why;
        if (inCi()) throw new AssertionError(message + " (CI=true: .ci/run must provide it)");
        System.err.println("SKIP: " + message);
        Assumptions.abort(message);
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
