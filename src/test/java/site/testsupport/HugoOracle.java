package site.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a fixture site with real Hugo and our dump theme, so every HTML page Hugo writes is a JSON dump of its
 * page variables. Tests call {@link RealComponent#requireCommand} for hugo first.
 */
public final class HugoOracle {
    /** Maven runs tests with the project basedir as working directory. */
    public static final Path THEME =
            Path.of("src/test/resources/hugo-dump-theme").toAbsolutePath();

    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern DUPLICATES = Pattern.compile("Duplicate target paths: (.*)");

    private HugoOracle() {}

    /** Runs hugo on siteDir into outDir (extra args such as -D, -F, -E, --baseURL URL) and reads the result. */
    public static HugoSite build(Path siteDir, Path outDir, String... extraArgs) throws IOException {
        return build(siteDir, outDir, Map.of(), extraArgs);
    }

    /** The same with these variables added to hugo's environment (HUGO_BASEURL, HUGO_PARAMS_X, ...). */
    public static HugoSite build(Path siteDir, Path outDir, Map<String, String> env, String... extraArgs)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "hugo",
                "--source",
                siteDir.toAbsolutePath().toString(),
                "--destination",
                outDir.toAbsolutePath().toString(),
                "--themesDir",
                THEME.getParent().toString(),
                "--theme",
                THEME.getFileName().toString(),
                // not --quiet: it also hides the "Duplicate target paths" warning this flag asks for
                "--printPathWarnings"));
        command.addAll(List.of(extraArgs));
        String log = run(command, env);
        return HugoSite.read(outDir, duplicateTargets(log));
    }

    /** Pages that several pages were written to: "WARN ... Duplicate target paths: /a/index.html (2), ...". */
    static Set<String> duplicateTargets(String log) {
        Set<String> paths = new TreeSet<>();
        Matcher line = DUPLICATES.matcher(log);
        while (line.find()) {
            for (String entry : line.group(1).split(", ")) {
                paths.add(HugoSite.urlPathOf(
                        entry.replaceFirst(" \\(\\d+\\)$", "").substring(1)));
            }
        }
        return paths;
    }

    /** Runs the command and returns its stdout (hugo's log); files, because unread pipes could block hugo. */
    private static String run(List<String> command, Map<String, String> env) throws IOException {
        Path stdout = Files.createTempFile("hugo-stdout", ".txt");
        Path stderr = Files.createTempFile("hugo-stderr", ".txt");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("hugo did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("hugo exited " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for hugo", e);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
