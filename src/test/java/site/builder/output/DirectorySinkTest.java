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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What publishing in place does to the destination folder: per file, only on commit, never to dot-files. */
class DirectorySinkTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("public");
    }

    /** One build: publishes path/text pairs and commits when asked; returns the files it wrote. */
    private int build(boolean clean, boolean commit, String... pathsAndTexts) {
        try (DirectorySink sink = new DirectorySink(out(), clean)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                sink.publish(PublishTarget.of(pathsAndTexts[i]), pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            if (commit) sink.commit();
            return sink.filesWritten();
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(out().resolve(path));
    }

    /** Every entry below the destination (links not followed), '/'-separated, sorted. */
    private List<String> tree() throws IOException {
        try (Stream<Path> all = Files.walk(out())) {
            return all.filter(p -> !p.equals(out()))
                    .map(p -> out().relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void nothingIsVisibleUntilTheCommitAndAnUncommittedBuildLeavesNoTrace() throws IOException {
        build(false, true, "a.html", "one");
        List<String> before = tree();
        build(false, false, "a.html", "two", "b.html", "new", "deep/c.html", "new");
        assertEquals("one", read("a.html"));
        assertEquals(before, tree(), "no temporary file, no new folder");
    }

    @Test
    void aCommitReplacesChangedFilesAndKeepsStaleOnesUnlessCleaning() throws IOException {
        build(false, true, "a.html", "one", "old.html", "old");
        build(false, true, "a.html", "two");
        assertEquals("two", read("a.html"));
        assertEquals("old", read("old.html"), "Hugo keeps files an earlier build wrote");
        build(true, true, "a.html", "three");
        assertFalse(Files.exists(out().resolve("old.html")));
        assertEquals(List.of(".site_build.lock", "a.html"), tree());
    }

    @Test
    void aRebuildOfAnUnchangedSiteWritesNoFile() throws IOException {
        String[] site = {"index.html", "home", "posts/a/index.html", "a", "posts/b/index.html", "b", "css/x.css", "x"};
        assertEquals(4, build(true, true, site));
        Map<String, String> before = identities();
        assertEquals(0, build(true, true, site));
        assertEquals(before, identities(), "same inode and mtime for every file");
        site[3] = "a changed";
        assertEquals(1, build(true, true, site));
    }

    /** Inode and modification time of every file: a rewrite changes one of them. */
    private Map<String, String> identities() throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (String rel : tree()) {
            BasicFileAttributes a =
                    Files.readAttributes(out().resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            ids.put(rel, a.fileKey() + " " + a.lastModifiedTime().toMillis());
        }
        return ids;
    }

    @Test
    void anUnchangedFileKeepsItsModeAndTimeAndARewrittenOneKeepsItsModeAndOwner() throws IOException {
        build(false, true, "same.html", "same", "changed.html", "old");
        Files.setPosixFilePermissions(out().resolve("same.html"), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(out().resolve("changed.html"), PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setLastModifiedTime(out().resolve("same.html"), FileTime.fromMillis(1_000_000_000_000L));
        boolean root = Files.getAttribute(out(), "unix:uid").equals(0);
        if (root) Files.setAttribute(out().resolve("changed.html"), "unix:uid", 4242); // a web server's user, say
        Object owner = Files.getAttribute(out().resolve("changed.html"), "unix:uid");
        build(false, true, "same.html", "same", "changed.html", "new");
        assertEquals(
                1_000_000_000_000L,
                Files.getLastModifiedTime(out().resolve("same.html")).toMillis());
        assertEquals(
                "rw-rw-r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out().resolve("changed.html"))));
        assertEquals(
                owner,
                Files.getAttribute(out().resolve("changed.html"), "unix:uid"),
                "owner kept (set when run as root)");
        assertEquals("new", read("changed.html"));
    }

    @Test
    void temporaryFilesAndFoldersAKilledBuildLeftAreRemovedByTheNextBuild() throws IOException {
        build(false, true, "a.html", "one", "sub/b.html", "b");
        // what a build killed before its commit leaves: its marker, temporary files, a staged new folder
        Files.writeString(out().resolve(".site-tmp-unfinished"), "");
        Files.writeString(out().resolve(".site-tmp-1"), "half");
        Files.writeString(out().resolve("sub/.site-tmp-77"), "half");
        Files.createDirectories(out().resolve("sub/.site-tmp-d3/new"));
        Files.writeString(out().resolve("sub/.site-tmp-d3/new/index.html"), "half");
        build(false, true, "a.html", "one");
        assertEquals(List.of(".site_build.lock", "a.html", "sub", "sub/b.html"), tree());
    }

    @Test
    void eachNewFolderIsStagedWholeUnderAHiddenNameAndRenamedIntoPlaceAtTheCommit() throws IOException {
        build(false, true, "index.html", "home");
        try (DirectorySink sink = new DirectorySink(out(), false)) {
            for (String path :
                    List.of("posts/a/index.html", "posts/b/index.html", "posts/index.xml", "tags/x/index.html")) {
                sink.publish(PublishTarget.of(path), path.getBytes(StandardCharsets.UTF_8));
            }
            List<String> staged = tree().stream().filter(p -> !p.contains("/")).toList();
            assertEquals(
                    List.of(".site-tmp-d1", ".site-tmp-d2", ".site-tmp-unfinished", ".site_build.lock", "index.html"),
                    staged,
                    "one hidden stand-in per new top folder, nothing visible");
            sink.commit();
            assertEquals(4, sink.filesWritten());
        }
        assertEquals(
                List.of(
                        ".site_build.lock",
                        "index.html",
                        "posts",
                        "posts/a",
                        "posts/a/index.html",
                        "posts/b",
                        "posts/b/index.html",
                        "posts/index.xml",
                        "tags",
                        "tags/x",
                        "tags/x/index.html"),
                tree());
        assertEquals("posts/b/index.html", read("posts/b/index.html"));
    }

    @Test
    void dotFilesAndDotFoldersSurviveCleaning() throws IOException {
        Files.createDirectories(out().resolve(".git/objects"));
        Files.writeString(out().resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.writeString(out().resolve(".nojekyll"), "");
        Files.writeString(out().resolve("CNAME"), "example.org");
        build(true, true, "index.html", "home");
        assertEquals(
                List.of(".git", ".git/HEAD", ".git/objects", ".nojekyll", ".site_build.lock", "index.html"), tree());
    }

    @Test
    void aFileCanBecomeAFolderAndBack() throws IOException {
        build(true, true, "x", "file");
        build(true, true, "x/index.html", "page");
        assertEquals("page", read("x/index.html"));
        build(true, true, "x", "file again");
        assertEquals("file again", read("x"));
    }

    @Test
    void withoutCleaningAStaleFileNeverShadowsWhatTheBuildWrote() throws IOException {
        build(false, true, "x", "old file", "y/deep/old.html", "old page", "keep/me.html", "kept");
        build(false, true, "x/index.html", "page", "y/deep", "now a file");
        assertEquals("page", read("x/index.html"));
        assertEquals("now a file", read("y/deep"));
        assertEquals("kept", read("keep/me.html"));
        build(false, true, "x/index.html", "page");
        assertEquals("now a file", read("y/deep"), "stale files of earlier builds are kept");
    }

    @Test
    void cleaningRemovesFoldersItEmptiedButNotFoldersThatWereEmpty() throws IOException {
        Files.createDirectories(out().resolve("uploads"));
        build(true, true, "a/b/c/index.html", "deep", "top.html", "top");
        build(true, true, "top.html", "top");
        assertEquals(List.of(".site_build.lock", "top.html", "uploads"), tree());
    }

    @Test
    void linksInsideTheDestinationAreNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(out());
        Files.createSymbolicLink(out().resolve("docs"), elsewhere);
        build(false, true, "docs/index.html", "docs");
        assertTrue(
                Files.isDirectory(out().resolve("docs"), LinkOption.NOFOLLOW_LINKS), "a real folder replaced the link");
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing was written through the link");
        }
    }

    @Test
    void pathsCannotLeaveTheSite() {
        try (DirectorySink sink = new DirectorySink(out(), true)) {
            assertThrows(
                    IllegalArgumentException.class, () -> sink.publish(PublishTarget.of("../escape.txt"), new byte[0]));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> sink.publish(PublishTarget.of("/a/../../escape.txt"), new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> sink.publish(PublishTarget.of("/"), new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> sink.publish(PublishTarget.of("a\0b"), new byte[0]));
        }
        assertTrue(Files.notExists(dir.resolve("escape.txt")));
    }

    @Test
    void aCopiedSourceThatIsALinkIsRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret"), "password");
        Path link = Files.createSymbolicLink(dir.resolve("link"), secret);
        List<Throwable> thrown = new ArrayList<>();
        try (DirectorySink sink = new DirectorySink(out(), true)) {
            thrown.add(
                    assertThrows(java.io.UncheckedIOException.class, () -> sink.copy(link, PublishTarget.of("x.txt"))));
            sink.commit();
        }
        assertEquals(1, thrown.size());
        assertFalse(Files.exists(out().resolve("x.txt")));
    }

    @Test
    void theFoldersEarlierVersionsStagedInAreRemovedWithANotice() throws IOException {
        Path spare = Files.createDirectories(dir.resolve(".public.spare/posts"));
        Files.writeString(spare.resolve("x.html"), "old");
        List<String> notices = new ArrayList<>();
        try (DirectorySink sink = new DirectorySink(out(), false, java.time.Duration.ofSeconds(1), notices::add)) {
            sink.commit();
        }
        assertFalse(Files.exists(dir.resolve(".public.spare")));
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("removed " + dir.resolve(".public.spare")), notices.get(0));
    }
}
