package site.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a fixture site with real Hugo and our dump theme, so every HTML page Hugo writes is a JSON dump of its
 * page variables. Tests call {@link RealComponent#requireCommand} for hugo first.
 */
public final class HugoOracle {
    /** Maven runs tests with the project basedir as working directory. */
    public static final Path THEME = Path.of("src/test/resources/hugo-dump-theme").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    private HugoOracle() {}

    /** Runs hugo on siteDir into outDir (extra args such as -D, -F, -E, --baseURL URL) and reads the result. */
    public static HugoSite build(Path siteDir, Path outDir, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("hugo",
                "--source", siteDir.toAbsolutePath().toString(),
                "--destination", outDir.toAbsolutePath().toString(),
                "--themesDir", THEME.getParent().toString(),
                "--theme", THEME.getFileName().toString(),
                "--quiet"));
        command.addAll(List.of(extraArgs));
        run(command);
        return HugoSite.read(outDir);
    }

    private static void run(List<String> command) throws IOException {
        Path stderr = Files.createTempFile("hugo-stderr", ".txt");
        try {
            // stdout is discarded: --quiet leaves nothing useful there, and an unread pipe could block hugo.
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("hugo did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("hugo exited " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for hugo", e);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
