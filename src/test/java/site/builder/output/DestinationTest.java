package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.testsupport.RealComponent;

/** Destinations Hugo writes into and site used to break: links, mount points, files, held folders, a second build. */
class DestinationTest {
    @TempDir
    Path dir;

    private static void build(Path out, String text) {
        try (DirectorySink sink = new DirectorySink(out, true)) {
            sink.publish(PublishTarget.of("index.html"), text.getBytes(StandardCharsets.UTF_8));
            sink.publish(PublishTarget.of("posts/a/index.html"), text.getBytes(StandardCharsets.UTF_8));
            sink.commit();
        }
    }

    @Test
    void aSymlinkedDestinationIsWrittenThroughAndStaysALink() throws IOException {
        Path www = Files.createDirectories(dir.resolve("var/www"));
        Path link = Files.createSymbolicLink(dir.resolve("public"), www);
        build(link, "one");
        build(link, "two");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("two", Files.readString(www.resolve("posts/a/index.html")));
    }

    @Test
    void theFolderItselfIsNeverReplacedSoWhatHoldsItSeesTheNewSite() throws Exception {
        Path out = dir.resolve("public");
        build(out, "one");
        Object inode = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
        // a process whose working directory is the output folder, as a web server's or a shell's would be
        Process holder =
                new ProcessBuilder("sleep", "30").directory(out.toFile()).start();
        try {
            build(out, "two");
            assertEquals(
                    inode, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
            Path cwd = Path.of("/proc/" + holder.pid() + "/cwd");
            assertEquals(
                    "two", Files.readString(cwd.resolve("posts/a/index.html")), "the holder's folder has the new site");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWritableDestinationUnderAReadOnlyParentWorks() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("ro"));
        Path out = Files.createDirectories(parent.resolve("public"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // run as root the mode does not stop writes; what is checked is that nothing is made beside public/
            build(out, "one");
            build(out, "two");
            assertEquals("two", Files.readString(out.resolve("index.html")));
            try (var s = Files.list(parent)) {
                assertEquals(List.of(out), s.toList());
            }
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Folders this test mounted a tmpfs on, unmounted after it. */
    private final List<Path> mounts = new java.util.ArrayList<>();

    private Path tmpfs(String name, String size) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()) == 0;
        RealComponent.require(
                "a tmpfs mount (root, and a namespace that allows mount)", mounted, "mount -t tmpfs failed");
        mounts.add(folder);
        return folder;
    }

    @org.junit.jupiter.api.AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) assertEquals(0, run("umount", m.toString()));
    }

    @Test
    void aMountPointIsWrittenInPlace() throws Exception {
        Path out = tmpfs("public", "4m");
        build(out, "one");
        build(out, "two");
        assertEquals("two", Files.readString(out.resolve("posts/a/index.html")));
    }

    @Test
    void aFullDiskFailsTheBuildAndLeavesThePreviousSiteWithoutTemporaryFiles() throws Exception {
        Path out = tmpfs("small", "256k");
        build(out, "one");
        try (DirectorySink sink = new DirectorySink(out, true)) {
            sink.publish(PublishTarget.of("index.html"), "two".getBytes(StandardCharsets.UTF_8));
            assertThrows(
                    java.io.UncheckedIOException.class,
                    () -> sink.publish(PublishTarget.of("big.bin"), new byte[512 * 1024]));
        } // no commit: the build failed
        try (var s = Files.list(out)) {
            assertEquals(
                    List.of(".site_build.lock", "index.html", "posts"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("one", Files.readString(out.resolve("index.html")));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void aFileOrAFifoIsNotADirectoryAndIsLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("t.txt"), "mine");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build(file, "x"));
        assertEquals(file + " is not a directory", e.getMessage());
        assertEquals("mine", Files.readString(file));
        Path fifo = dir.resolve("fifo");
        assertEquals(0, run("mkfifo", fifo.toString()));
        e = assertThrows(IllegalArgumentException.class, () -> build(fifo, "x"));
        assertEquals(fifo + " is not a directory", e.getMessage());
        assertTrue(
                Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .isOther(),
                "still a fifo");
    }

    @Test
    void aDestinationHoldingTheSourcesIsRefused() {
        Path content = dir.resolve("content");
        assertTrue(content.toFile().mkdirs());
        assertEquals(
                Optional.of("the destination " + dir + " contains the site's sources (" + content
                        + "); publish into a folder of its own, such as public/"),
                Destination.problem(dir, List.of(content)));
        assertEquals(
                Optional.of("the destination " + dir.getParent() + " contains the site's sources (" + content
                        + "); publish into a folder of its own, such as public/"),
                Destination.problem(dir.getParent(), List.of(content)));
        assertEquals(
                Optional.empty(),
                Destination.problem(dir.resolve("public"), List.of(dir.resolve("public-src"), content)));
    }

    @Test
    void aSecondBuildIntoTheSameFolderWaitsForTheLockThenGivesUpWithAMessage() throws IOException {
        Path out = dir.resolve("public");
        try (DirectorySink first = new DirectorySink(out, true)) {
            first.publish(PublishTarget.of("index.html"), "first".getBytes(StandardCharsets.UTF_8));
            IllegalStateException e = assertThrows(
                    IllegalStateException.class, () -> new DirectorySink(out, true, Duration.ofMillis(300), n -> {}));
            assertEquals(
                    "another build is writing into " + out + " (it holds " + out.resolve(".site_build.lock")
                            + "); waited 0.3 s, gave up",
                    e.getMessage());
            first.commit();
        }
        assertEquals("first", Files.readString(out.resolve("index.html")));
        try (DirectorySink again = new DirectorySink(out, true, Duration.ofMillis(300), n -> {})) {
            again.commit(); // the lock was released with the first build
        }
        assertFalse(Files.exists(out.resolve("index.html")), "the second build (empty) cleaned it");
    }
}
