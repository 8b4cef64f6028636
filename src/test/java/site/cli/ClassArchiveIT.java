package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `mvn package` writes a class-data archive of the jar, the JVM can map it, and `bin/site build` uses it. */
class ClassArchiveIT {
    private static final Path ARCHIVE = Path.of("target/site.jsa").toAbsolutePath();

    private static String run(List<String> command, int expectedExit) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish: " + command);
        assertEquals(expectedExit, p.exitValue(), out);
        return out;
    }

    @Test
    void theArchiveMatchesTheJarAndThisJvm() throws Exception {
        // -Xshare:on fails instead of quietly running without the archive
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String out = run(
                List.of(
                        java,
                        "-XX:SharedArchiveFile=" + ARCHIVE,
                        "-Xshare:on",
                        "-XX:+UseSerialGC",
                        "-jar",
                        "target/site.jar",
                        "version"),
                0);
        assertTrue(out.startsWith("site "), out);
    }

    @Test
    void binSiteBuildLoadsClassesFromIt() throws Exception {
        String trace = run(List.of("sh", "-x", "bin/site", "version"), 0);
        assertTrue(trace.contains("-XX:SharedArchiveFile=" + ARCHIVE), trace);
    }
}
