package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.builder.output.MemorySink;

/**
 * Serve's rebuilds with a {@link BuildMemory}: after every kind of edit, the site a rebuild produces is byte for
 * byte the site a fresh build of the same files produces, and a body edit renders only the outputs that show the
 * edited page's text.
 */
class RebuildMemoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final BuildMemory memory = BuildMemory.forRebuilds();
    private final SiteBuilder rebuilder = new SiteBuilder(CLOCK, null);

    @Test
    void everyRebuildEqualsAFreshBuildOfTheSameFiles() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path posts = site.resolve("content/posts");
        int total = rebuild(site).stats().outputsRendered();

        append(posts.resolve("java-streams.md"), "\nOne more paragraph about streams.\n");
        BuildStats bodyEdit = rebuildAndCompare(site, "a body edit");
        assertTrue(
                bodyEdit.outputsKept() > 0 && bodyEdit.outputsRendered() < total / 2,
                "a body edit keeps most outputs: " + bodyEdit.outputsRendered() + " rendered of " + total);

        append(posts.resolve("first-post.md"), "\nEdited again, below the summary.\n");
        rebuildAndCompare(site, "a second body edit");

        replace(posts.resolve("kubernetes-intro.md"), "title: \"쿠버네티스 입문\"", "title: \"쿠버네티스 첫걸음\"");
        BuildStats titleEdit = rebuildAndCompare(site, "a title edit");
        assertEquals(0, titleEdit.outputsKept(), "a front matter edit renders everything");

        Files.writeString(
                posts.resolve("new-post.md"), "---\ntitle: \"새 글\"\ndate: 2024-05-01\ntags: [\"자바\"]\n---\n새 글입니다.\n");
        rebuildAndCompare(site, "a new post");

        append(posts.resolve("_index.md"), "\nThe section's own text, edited.\n");
        rebuildAndCompare(site, "a section's text");

        Files.delete(posts.resolve("java-records.md"));
        rebuildAndCompare(site, "a deleted post");
    }

    @Test
    void anEditBelowTheSummaryLeavesTheFeedsAndListsThatShowOnlySummaries() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path post = site.resolve("content/posts/long-read.md");
        Files.writeString(
                post,
                "---\ntitle: \"긴 글\"\ndate: 2024-05-20\ntags: [\"자바\"]\n---\nThe summary.\n\n"
                        + "<!--more-->\n\nThe rest.\n");
        rebuild(site);
        append(post, "\nMore of the rest, below the summary.\n");
        BuildStats below = rebuildAndCompare(site, "an edit below the summary");
        Files.writeString(post, Files.readString(post).replace("The summary.", "A new summary."));
        BuildStats above = rebuildAndCompare(site, "an edit of the summary");
        assertTrue(
                below.outputsRendered() < above.outputsRendered(),
                "below the summary " + below.outputsRendered() + " rendered, the summary " + above.outputsRendered());
    }

    @Test
    void aFailedRebuildIsForgottenAndTheNextOneStillEqualsAFreshBuild() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path post = site.resolve("content/posts/java-streams.md");
        String good = Files.readString(post);
        rebuild(site);
        Files.writeString(post, "---\ntitle: [\n---\nBroken front matter.\n");
        assertThrows(BuildFailedException.class, () -> rebuild(site));
        Files.writeString(post, good + "\nFixed.\n");
        rebuildAndCompare(site, "the fix after a failed build");
    }

    @Test
    void translationsStayEqualToAFreshBuild() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-multilingual"), dir.resolve("site"));
        rebuild(site);
        append(site.resolve("content/posts/first.md"), "\n번역된 글에 한 줄 더.\n");
        BuildStats edit = rebuildAndCompare(site, "a body edit of a translated page");
        assertTrue(edit.outputsKept() > 0, "outputs kept");
        append(site.resolve("content/posts/first.en.md"), "\nOne more line in English.\n");
        rebuildAndCompare(site, "its translation's body edit");
        append(site.resolve("content/posts/first.md"), "\n한 줄 더, 이번에는 사이트를 넘겨받아.\n");
        append(site.resolve("content/posts/first.en.md"), "\nAnd one more, the site taken over.\n");
        afterEdits(
                site,
                "both translations' bodies, the site taken over",
                true,
                site.resolve("content/posts/first.md"),
                site.resolve("content/posts/first.en.md"));
    }

    @Test
    void aTemplateEditRendersEveryOutputFromTheKeptMarkdown() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        int total = rebuild(site).stats().outputsRendered();
        Files.createDirectories(site.resolve("layouts/_partials"));
        Files.writeString(
                site.resolve("layouts/_partials/footer.jte"),
                "@param site.builder.render.PageView page\n<footer class=\"mine\">a footer of our own</footer>\n");
        memory.forgetOutputs();
        BuildStats templateEdit = rebuildAndCompare(site, "a template edit");
        assertEquals(total, templateEdit.outputsRendered());
        assertEquals(0, templateEdit.outputsKept());
        append(site.resolve("content/posts/java-streams.md"), "\nAnd a body edit after it.\n");
        assertTrue(
                rebuildAndCompare(site, "a body edit after the template edit").outputsKept() > 0);
    }

    @Test
    void aTemplateEditRendersOnlyTheOutputsOfTheTemplatesThatRenderIt() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path entry = site.resolve("layouts/_partials/post_entry.jte");
        Files.createDirectories(entry.getParent());
        String theirs = Files.readString(Path.of("themes/paper/layouts/_partials/post_entry.jte"));
        Files.writeString(entry, theirs);
        int total = rebuild(site).stats().outputsRendered();
        Files.writeString(entry, theirs.replace("class=\"entry-content\"", "class=\"entry-content mine\""));
        memory.forgetOutputsOf(java.util.Set.of("_partials/post_entry.jte"));
        BuildStats listEdit = rebuildAndCompare(site, "an edit of the list entry template");
        assertTrue(
                listEdit.outputsRendered() > 0 && listEdit.outputsKept() > 0,
                "the lists rendered again, the single pages and feeds kept: " + listEdit.outputsRendered() + " of "
                        + total);
    }

    @Test
    void forgettingEverythingRendersEverythingAgain() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        int total = rebuild(site).stats().outputsRendered();
        memory.forget();
        BuildResult again = rebuild(site);
        assertEquals(total, again.stats().outputsRendered());
        assertEquals(0, again.stats().outputsKept());
        BuildResult unchanged = rebuild(site);
        assertEquals(0, unchanged.stats().outputsRendered(), "nothing changed, nothing rendered");
        assertEquals(total, unchanged.stats().outputsKept());
    }

    @Test
    void bodyEditsTakeTheAssembledSiteOverAndEqualAFreshBuild() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path posts = site.resolve("content/posts");
        Path streams = posts.resolve("java-streams.md");
        Files.writeString(posts.resolve("notes.adoc"), "= Notes\n"); // a warning the assembly gives, reported again
        rebuild(site);

        append(streams, "\nOne more paragraph about streams.\n");
        BuildResult body = afterEdits(site, "a body edit", true, streams);
        assertTrue(body.stats().outputsKept() > 0, "outputs kept after a body edit");

        replace(streams, "\n---\n", "\n---\nA new first paragraph, so a new summary.\n\n");
        afterEdits(site, "a summary-changing edit", true, streams);

        append(streams, "\n" + "한 단어 ".repeat(600) + "\n");
        afterEdits(site, "an edit that changes the word count and reading time lists show", true, streams);

        replace(streams, "A new first paragraph, so a new summary.", "Above the fold.\n\n<!--more-->");
        afterEdits(site, "<!--more--> added", true, streams);
        replace(streams, "<!--more-->", "");
        afterEdits(site, "<!--more--> removed", true, streams);

        Path first = posts.resolve("first-post.md");
        append(first, "\n두 번째 파일.\n");
        append(streams, "\nAnd this one in the same batch.\n");
        afterEdits(site, "two files edited in one batch", true, first, streams);

        replace(first, "disableShare: true", "disableShare: false");
        afterEdits(site, "a front matter edit", false, first);
        append(first, "\nA body edit after the front matter edit.\n");
        afterEdits(site, "a body edit after a front matter edit", true, first);

        replace(posts.resolve("_index.md"), "\n---\n", "\n---\nThe section's own text, edited.\n");
        afterEdits(site, "a section's body", true, posts.resolve("_index.md"));
    }

    @Test
    void aBodyEditThatChangesWhatTheSiteIsAssembledFromAssemblesItAgain() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path posts = site.resolve("content/posts");
        Path latin = posts.resolve("plain.md");
        Files.writeString(
                latin, "---\ntitle: \"Plain\"\ndate: 2024-05-02\n---\nOnly Latin letters here, and many words.\n");
        rebuild(site);

        append(latin, "\n이제 한글도 있습니다.\n"); // hasCJKLanguage: the page is CJK now, counted by characters
        afterEdits(site, "a post that became CJK", false, latin);
        append(posts.resolve("kubernetes-intro.md"), "\n한 줄 더.\n");
        afterEdits(site, "a CJK post edited", true, posts.resolve("kubernetes-intro.md"));

        Path added = posts.resolve("added.md");
        Files.writeString(added, "---\ntitle: \"Added\"\ndate: 2024-05-03\n---\nNew.\n");
        append(latin, "\nAnd a body edit beside the new post.\n");
        afterEdits(site, "a new post beside a body edit", false, added, latin);
        Files.delete(added);
        append(latin, "\nAnd a body edit beside the deleted post.\n");
        afterEdits(site, "a deleted post beside a body edit", false, added, latin);

        Path bundle = posts.resolve("bundle/index.md");
        Files.createDirectories(bundle.getParent());
        Files.writeString(bundle, "---\ntitle: \"Bundle\"\ndate: 2024-05-04\n---\nA bundle.\n");
        Files.write(bundle.resolveSibling("data.txt"), new byte[] {1, 2, 3});
        rebuild(site);
        append(bundle, "\nThe bundle's text, edited.\n");
        afterEdits(site, "a bundle page's body", true, bundle);
    }

    @Test
    void lastmodFromTheFilesTimeAssemblesTheSiteAgain() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        append(site.resolve("hugo.toml"), "\n[frontmatter]\nlastmod = [\":fileModTime\", \"lastmod\"]\n");
        Path post = site.resolve("content/posts/first-post.md");
        Files.setLastModifiedTime(post, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        rebuild(site);
        append(post, "\nSaved later.\n");
        Files.setLastModifiedTime(post, FileTime.from(Instant.parse("2024-05-01T00:00:00Z")));
        afterEdits(site, "a post whose lastmod is its file's time", false, post);
    }

    @Test
    void aPublishDateThatPassedSinceTheLastBuildAssemblesTheSiteAgain() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path later = site.resolve("content/posts/later.md");
        Files.writeString(later, "---\ntitle: \"Later\"\ndate: 2024-06-02\n---\nPublished tomorrow.\n");
        MovingClock clock = new MovingClock(CLOCK.instant());
        SiteBuilder builder = new SiteBuilder(clock, null);
        builder.build(BuildOptions.defaults(site), c -> new MemorySink(), memory);
        clock.now = Instant.parse("2024-06-03T00:00:00Z");
        Path post = site.resolve("content/posts/first-post.md");
        append(post, "\nA day later.\n");
        memory.pagesEdited(Set.of(post.toAbsolutePath().normalize()));
        MemorySink rebuilt = new MemorySink();
        BuildResult result = builder.build(BuildOptions.defaults(site), c -> rebuilt, memory);
        MemorySink fresh = new MemorySink();
        new SiteBuilder(clock, null).build(BuildOptions.defaults(site), c -> fresh);
        assertSame(fresh.files(), rebuilt.files(), "a publish date passed");
        assertTrue(result.stepMillis().containsKey("content"), "assembled again: " + result.stepMillis());
    }

    @Test
    void aFailedBuildAfterABodyEditStillLeavesRebuildsEqualToFreshBuilds() throws IOException {
        Path site = TestSites.copy(Path.of("src/test/resources/sites/papermod-profile"), dir.resolve("site"));
        Path post = site.resolve("content/posts/java-streams.md");
        String good = Files.readString(post);
        rebuild(site);
        append(post, "\n{{< no-such-shortcode >}}\n");
        memory.pagesEdited(Set.of(post.toAbsolutePath().normalize()));
        assertThrows(BuildFailedException.class, () -> rebuild(site));
        Path other = site.resolve("content/posts/first-post.md");
        append(other, "\nAnother post edited while the first is broken.\n");
        memory.pagesEdited(Set.of(other.toAbsolutePath().normalize()));
        assertThrows(BuildFailedException.class, () -> rebuild(site));
        Files.writeString(post, good + "\nFixed.\n");
        afterEdits(site, "the fix", true, post);

        Path third = site.resolve("content/posts/java-records.md");
        String before = Files.readString(third);
        Files.writeString(third, "---\ntitle: [\n---\nBroken front matter.\n");
        memory.pagesEdited(Set.of(third.toAbsolutePath().normalize()));
        assertThrows(BuildFailedException.class, () -> rebuild(site));
        append(other, "\nA body edit while a front matter is broken: the site is assembled, and fails.\n");
        memory.pagesEdited(Set.of(other.toAbsolutePath().normalize()));
        assertThrows(BuildFailedException.class, () -> rebuild(site));
        Files.writeString(third, before);
        afterEdits(site, "the front matter fixed", false, third);
    }

    /**
     * Tells the memory that only {@code files} changed (as the preview does for a batch of page files), rebuilds,
     * compares with a fresh build, and checks whether the build took the assembled site over.
     */
    private BuildResult afterEdits(Path site, String edit, boolean takenOver, Path... files) {
        memory.pagesEdited(
                Stream.of(files).map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet()));
        MemorySink rebuilt = new MemorySink();
        BuildResult result = rebuilder.build(BuildOptions.defaults(site), c -> rebuilt, memory);
        MemorySink fresh = new MemorySink();
        BuildResult freshResult = new SiteBuilder(CLOCK, null).build(BuildOptions.defaults(site), c -> fresh);
        assertSame(fresh.files(), rebuilt.files(), edit);
        assertEquals(freshResult.warnings(), result.warnings(), "warnings after " + edit);
        assertEquals(freshResult.notices(), result.notices(), "notices after " + edit);
        assertEquals(
                takenOver,
                result.stepMillis().containsKey("edits") && !result.stepMillis().containsKey("content"),
                "site taken over after " + edit + ": " + result.stepMillis());
        return result;
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Rebuilds with the memory, builds the same files fresh, and compares every output byte for byte. */
    private BuildStats rebuildAndCompare(Path site, String edit) {
        MemorySink rebuilt = new MemorySink();
        BuildResult result = rebuilder.build(BuildOptions.defaults(site), c -> rebuilt, memory);
        MemorySink fresh = new MemorySink();
        new SiteBuilder(CLOCK, null).build(BuildOptions.defaults(site), c -> fresh);
        assertSame(fresh.files(), rebuilt.files(), edit);
        return result.stats();
    }

    private BuildResult rebuild(Path site) {
        return rebuilder.build(BuildOptions.defaults(site), c -> new MemorySink(), memory);
    }

    private static void assertSame(Map<String, byte[]> fresh, Map<String, byte[]> rebuilt, String edit) {
        assertEquals(fresh.keySet(), rebuilt.keySet(), "files after " + edit);
        List<String> differ = new ArrayList<>();
        for (String path : new TreeSet<>(fresh.keySet())) {
            if (!java.util.Arrays.equals(fresh.get(path), rebuilt.get(path))) differ.add(path);
        }
        assertEquals(List.of(), differ, "outputs that differ from a fresh build after " + edit);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
