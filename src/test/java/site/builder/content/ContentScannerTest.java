package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/** Which files of content/ are pages, bundle resources, plain files or left out (HUGO-FACTS.md, "Files in content/"). */
class ContentScannerTest {
    @TempDir
    Path dir;

    private final BuildLog log = new BuildLog();

    private Path content() {
        return dir.resolve("content");
    }

    private ContentScannerTest file(String path, String text) throws IOException {
        Path p = content().resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    private ContentScanner.Scanned scan(String... ignoreFiles) {
        return new ContentScanner(log, IgnoreFiles.of(List.of(ignoreFiles)), java.util.Set.of(), FrontMatterCache.NONE)
                .scan(content());
    }

    private static List<String> pages(ContentScanner.Scanned s) {
        return s.pages().stream().map(p -> p.path() + " " + p.bundle()).toList();
    }

    private static List<String> files(ContentScanner.Scanned s) {
        return s.files().stream().map(SourcePage.Resource::path).toList();
    }

    /** Each page's resources by page path, for pages that have some. */
    private static Map<String, List<String>> resources(ContentScanner.Scanned s) {
        Map<String, List<String>> out = new TreeMap<>();
        s.pages().stream()
                .filter(p -> !p.resources().isEmpty())
                .forEach(p -> out.put(
                        p.path(),
                        p.resources().stream().map(SourcePage.Resource::path).toList()));
        return out;
    }

    private static final String PAGE = "---\ntitle: T\n---\nbody\n";

    @Test
    void filesOutsideBundlesArePublishedAtTheirPathWithTheirNames() throws IOException {
        file("image/diagram 1.png", "png")
                .file("image/한글 그림.png", "png")
                .file("image/nested/deep/c.svg", "svg")
                .file("posts/a.md", PAGE)
                .file("posts/beside.png", "png")
                .file("root.txt", "t");
        ContentScanner.Scanned s = scan();
        assertEquals(
                List.of(
                        "image/diagram 1.png",
                        "image/nested/deep/c.svg",
                        "image/한글 그림.png",
                        "posts/beside.png",
                        "root.txt"),
                files(s));
        assertEquals(List.of("posts/a.md NONE"), pages(s));
    }

    @Test
    void aLeafBundlesOtherContentFilesAreNeitherPagesNorPublished() throws IOException {
        file("trip/index.md", PAGE)
                .file("trip/index-backup.md", PAGE)
                .file("trip/notes.org", "* x")
                .file("trip/part.html", PAGE)
                .file("trip/fragment.html", "  <figure>x</figure>")
                .file("trip/index.md.backup", PAGE)
                .file("trip/UP.MD", "x")
                .file("trip/photos/p1.jpg", "jpg")
                .file("trip/photos/caption.md", PAGE)
                .file("trip/.git/config", "x");
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("trip/index.md LEAF"), pages(s));
        assertEquals(
                Map.of("trip/index.md", List.of("UP.MD", "fragment.html", "index.md.backup", "photos/p1.jpg")),
                resources(s));
        assertEquals(List.of(), files(s));
    }

    @Test
    void aBranchBundleOwnsTheFilesBesideItsIndexOnlyFilesInSubFoldersArePublishedWhereTheyAre() throws IOException {
        file("gallery/_index.md", PAGE)
                .file("gallery/cover.txt", "c")
                .file("gallery/_index.md.backup", PAGE)
                .file("gallery/other.md", PAGE)
                .file("gallery/img/one.png", "png");
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("gallery/_index.md BRANCH", "gallery/other.md NONE"), pages(s));
        assertEquals(Map.of("gallery/_index.md", List.of("_index.md.backup", "cover.txt")), resources(s));
        assertEquals(List.of("gallery/img/one.png"), files(s));
    }

    @Test
    void htmlThatStartsWithATagAndExtensionsHugoDoesNotKnowArePlainFiles() throws IOException {
        file("legacy/index.html", "\n<!DOCTYPE html><html></html>")
                .file("legacy/style.css", "x")
                .file("s/page.html", PAGE)
                .file("s/commented.html", "<!-- c -->\n<p>x</p>")
                .file("s/empty.htm", " \n")
                .file("s/notes.mkd", PAGE)
                .file("s/UPPER.MD", PAGE);
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("s/commented.html NONE", "s/page.html NONE"), pages(s));
        assertEquals(
                List.of("legacy/index.html", "legacy/style.css", "s/UPPER.MD", "s/empty.htm", "s/notes.mkd"), files(s));
    }

    @Test
    void ignoreFilesAreSearchedInTheAbsolutePathOfFilesAndFoldersBundlesIncluded() throws IOException {
        file("posts/a.md", PAGE)
                .file("posts/secret-plan.md", PAGE)
                .file("posts/x.md.bak", PAGE)
                .file("scratch/n.md", PAGE)
                .file("trip/index.md", PAGE)
                .file("trip/old.jpg.bak", "x")
                .file("trip/photos/raw.psd.bak", "x")
                .file("trip/photos/p.jpg", "x")
                .file("trip/drafts/d.jpg", "x");
        ContentScanner.Scanned s = scan("\\.bak$", "secret", "/content/scratch$", "^content/posts/a", "/trip/drafts$");
        assertEquals(List.of("posts/a.md NONE", "trip/index.md LEAF"), pages(s));
        assertEquals(Map.of("trip/index.md", List.of("photos/p.jpg")), resources(s));
    }

    @Test
    void anIgnoreFilesPatternThatIsNoRegexIsAnErrorNamingIt() {
        LocatedException e = assertThrows(LocatedException.class, () -> IgnoreFiles.of(List.of("a(b")));
        assertEquals(
                "ignoreFiles: \"a(b\" is not a regular expression: Unclosed group",
                e.errors().get(0).message());
    }

    @Test
    void danglingLinksAreSkippedWithAWarningNamingEachNeverAnError() throws IOException {
        file("posts/a.md", PAGE).file("trip/index.md", PAGE);
        Files.createDirectories(content().resolve("trip/photos"));
        Files.createSymbolicLink(content().resolve("posts/gone.md"), dir.resolve("nowhere.md"));
        Files.createSymbolicLink(content().resolve("trip/photos/gone.png"), dir.resolve("nowhere.png"));
        Files.createSymbolicLink(content().resolve("gone-folder"), dir.resolve("nowhere"));
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("posts/a.md NONE", "trip/index.md LEAF"), pages(s));
        assertEquals(
                List.of(
                        content().resolve("gone-folder"),
                        content().resolve("posts/gone.md"),
                        content().resolve("trip/photos/gone.png")),
                log.warnings().stream().map(LocatedError::file).sorted().toList());
        assertEquals(List.of(), log.errors());
    }

    @Test
    void noContentFolderMeansNoPagesAndANotice() {
        ContentScanner.Scanned s = scan();
        assertEquals(List.of(), s.pages());
        assertEquals(
                List.of("no content folder " + content() + ": the site has no pages (set contentDir or create it)"),
                log.notices());
    }

    @Test
    void contentFormatsSiteDoesNotRenderAreLeftOutWithAWarningNamingTheFile() throws IOException {
        file("notes/o.org", "#+TITLE: O\n")
                .file("notes/a.adoc", "= A\n")
                .file("notes/m.md", PAGE)
                .file("orgleaf/index.org", "#+TITLE: L\n")
                .file("orgleaf/pic.png", "png");
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("notes/m.md NONE"), pages(s));
        assertEquals(
                List.of(
                        content().resolve("notes/a.adoc")
                                + ": .adoc content is not supported (only Markdown and HTML): this page is not published",
                        content().resolve("notes/o.org")
                                + ": .org content is not supported (only Markdown and HTML): this page is not published",
                        content().resolve("orgleaf/index.org")
                                + ": .org content is not supported (only Markdown and HTML): this page is not published"),
                log.warnings().stream().map(LocatedError::toString).sorted().toList());
        assertEquals(List.of(), files(s));
    }

    @Test
    void linksToFilesInALeafBundleAreNoResourcesAndAreReportedOnce() throws IOException {
        file("trip/index.md", PAGE).file("trip/photos/real.png", "png").file("elsewhere.png", "png");
        Files.createSymbolicLink(content().resolve("trip/beside.png"), content().resolve("elsewhere.png"));
        Files.createSymbolicLink(
                content().resolve("trip/photos/deep.png"), content().resolve("elsewhere.png"));
        ContentScanner.Scanned s = scan();
        assertEquals(Map.of("trip/index.md", List.of("photos/real.png")), resources(s));
        assertEquals(
                List.of(content().resolve("trip/beside.png"), content().resolve("trip/photos/deep.png")),
                log.warnings().stream().map(LocatedError::file).sorted().toList());
    }

    @Test
    void htmlPagesAreReadAsHtmlAndTheOthersAsMarkdown() throws IOException {
        file("a.html", PAGE).file("b.htm", PAGE).file("c.md", PAGE).file("d.markdown", PAGE);
        assertEquals(
                List.of("a.html html", "b.htm html", "c.md markdown", "d.markdown markdown"),
                scan().pages().stream().map(p -> p.path() + " " + p.format()).toList());
    }

    private ContentScannerTest bytes(String path, String before, String after) throws IOException {
        Path p = content().resolve(path);
        Files.createDirectories(p.getParent());
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC7; // EUC-KR's first byte of 한: no UTF-8
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(p, all);
        return this;
    }

    @Test
    void bytesThatAreNotUtf8AreAWarningAtTheirLineInTheBodyAndAnErrorInTheFrontMatter() throws IOException {
        bytes("body.md", "---\ntitle: B\n---\n\nfirst\n", "\n")
                .bytes("after.md", "---\ntitle: A\n---\n", "\n")
                .bytes("plain.md", "no front matter\n", "\n")
                .bytes("yaml.md", "---\ntitle: ", "\n---\nbody\n")
                .bytes("toml.md", "+++\ntitle = \"T\"\nx = \"", "\"\n+++\nbody\n")
                .bytes("closing.md", "---\ntitle: C\n---", "\nbody\n");
        ContentScanner.Scanned s = scan();
        assertEquals(List.of("after.md NONE", "body.md NONE", "plain.md NONE"), pages(s));
        String warning = ": not valid UTF-8 text (or a NUL byte): such bytes are shown as \uFFFD, as Hugo shows them;"
                + " save the file as UTF-8 (a legacy encoding such as EUC-KR?)";
        assertEquals(
                List.of("after.md:4" + warning, "body.md:6" + warning, "plain.md:2" + warning),
                log.warnings().stream()
                        .map(w -> content().relativize(w.file()) + ":" + w.line() + ": " + w.message())
                        .sorted()
                        .toList());
        String error = ": front matter is not valid UTF-8 text (or holds a NUL byte); save the file as UTF-8";
        assertEquals(
                List.of("closing.md:3" + error, "toml.md:3" + error, "yaml.md:2" + error),
                log.errors().stream()
                        .map(w -> content().relativize(w.file()) + ":" + w.line() + ": " + w.message())
                        .sorted()
                        .toList());
    }
}
