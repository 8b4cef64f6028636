package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged `site build` killed at random points, and two of them racing for one folder: every file is
 * always wholly one build's, the folder never goes missing, and the lock keeps builds from mixing.
 */
class PublishIT {
    private static final int PAGES = 1_000;
    private static final Path JAR = Path.of("target/site.jar").toAbsolutePath();

    @TempDir
    Path dir;

    /** A site of {@code PAGES} posts whose every page says {@code version}. */
    private Path site(String name, String version) throws IOException {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("content/posts"));
        Files.writeString(
                root.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"" + version + "\"\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++)
            body.append("Paragraph ").append(i).append(" of ").append(version).append(".\n\n");
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(
                    root.resolve("content/posts/p" + i + ".md"),
                    "---\ntitle: Post " + i + " " + version + "\ndate: 2024-01-01\ntags: [t" + (i % 20) + "]\n---\n"
                            + body);
        }
        return root;
    }

    private static Process start(Path source, Path out) throws IOException {
        return new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR.toString(),
                        "build",
                        "-s",
                        source.toString(),
                        "-d",
                        out.toString(),
                        "--cleanDestinationDir")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static long build(Path source, Path out) throws Exception {
        long start = System.nanoTime();
        Process p = start(source, out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not finish");
        assertEquals(0, p.exitValue());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The site's files (dot-files left out: the lock, and temporary files a killed build may leave), by path. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().startsWith(".")) continue;
                out.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void aBuildKilledAtAnyPointLeavesEveryFileWhollyOldOrNew() throws Exception {
        Versions v = versions("OLD", "NEW");
        Path oldSite = v.first();
        Path newSite = v.second();
        Map<String, String> oldFiles = v.firstFiles();
        Map<String, String> newFiles = v.secondFiles();
        Path out = dir.resolve("public");
        long millis = build(oldSite, out);
        Random random = new Random(9);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        int kills = 0;
        int newSeen = 0;
        for (int round = 0; round < 8 && System.nanoTime() < deadline; round++) {
            Process p = start(round % 3 == 2 ? oldSite : newSite, out);
            Thread.sleep(200 + random.nextInt((int) millis + 200));
            if (p.isAlive()) kills++;
            p.destroyForcibly(); // SIGKILL to this child only, by its handle
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.isDirectory(out), "public/ is never missing");
            Map<String, String> now = files(out);
            assertEquals(oldFiles.keySet(), now.keySet(), "no file missing, none extra");
            for (Map.Entry<String, String> f : now.entrySet()) {
                String content = f.getValue();
                boolean whole = content.equals(oldFiles.get(f.getKey())) || content.equals(newFiles.get(f.getKey()));
                assertTrue(whole, "round " + round + ": " + f.getKey() + " is neither the old nor the new file");
                if (content.equals(newFiles.get(f.getKey())) && !content.equals(oldFiles.get(f.getKey()))) newSeen++;
            }
        }
        assertTrue(kills >= 3, "at least three builds were killed while running: " + kills);
        System.out.println("PublishIT: " + kills + " kills, " + newSeen + " new files seen between kills, build "
                + millis + " ms");
        build(newSite, out);
        assertEquals(newFiles, files(out), "a completed build after the kills is exactly the new site");
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(
                    List.of(),
                    all.filter(p -> p.getFileName().toString().startsWith(".site-tmp-"))
                            .toList(),
                    "the completed build removed what the killed ones left");
        }
    }

    /** Two versions of one site (the same paths, different text in every page), each built once on its own. */
    private record Versions(Path first, Path second, Map<String, String> firstFiles, Map<String, String> secondFiles) {}

    private Versions versions(String first, String second) throws Exception {
        Path a = site(first, first);
        Path b = site(second, second);
        build(a, dir.resolve(first + "-public"));
        build(b, dir.resolve(second + "-public"));
        Versions v = new Versions(a, b, files(dir.resolve(first + "-public")), files(dir.resolve(second + "-public")));
        assertEquals(v.firstFiles().keySet(), v.secondFiles().keySet(), "the two versions publish the same paths");
        return v;
    }

    @Test
    void twoBuildsIntoOneFolderNeverMix() throws Exception {
        Versions v = versions("AAA", "BBB");
        Path out = dir.resolve("public");
        for (int round = 0; round < 2; round++) {
            List<Process> both = new ArrayList<>(List.of(start(v.first(), out), start(v.second(), out)));
            for (Process p : both) {
                assertTrue(p.waitFor(120, TimeUnit.SECONDS));
                assertEquals(0, p.exitValue(), "the second build waits for the lock, then succeeds");
            }
            Map<String, String> now = files(out);
            assertTrue(
                    now.equals(v.firstFiles()) || now.equals(v.secondFiles()),
                    "round " + round + ": the folder holds one whole build");
        }
    }
}
