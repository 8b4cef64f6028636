package site.builder.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Parallel;
import site.common.SymbolicLinks;

/**
 * Walks the content directory once: finds pages, leaf bundles (index.md) and branch bundles (_index.md),
 * assigns bundle resources, collects the plain files outside any bundle (sorted by {@link ContentClass}, as Hugo
 * does), and reads every page in parallel. Unreadable or malformed files are
 * reported to the log and left out; the rest of the site still loads so all errors show at once.
 */
public final class ContentScanner {
    private final BuildLog log;
    private final IgnoreFiles ignore;
    /** The site's language keys: index.en.md heads a bundle as index.md does (empty for one language). */
    private final Set<String> languages;

    private final FrontMatterCache parsed;

    public ContentScanner(BuildLog log) {
        this(log, IgnoreFiles.NONE, Set.of(), FrontMatterCache.NONE);
    }

    public ContentScanner(BuildLog log, IgnoreFiles ignore, Set<String> languages, FrontMatterCache parsed) {
        this.log = log;
        this.ignore = ignore;
        this.languages = languages;
        this.parsed = parsed;
    }

    /**
     * The pages, and the files outside any bundle, which Hugo publishes at their path in content/. A site
     * without a content folder has no pages, as in Hugo (with a notice naming the folder).
     */
    public record Scanned(List<SourcePage> pages, List<SourcePage.Resource> files) {}

    public Scanned scan(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            if (Files.isSymbolicLink(contentDir)) {
                log.warn(LocatedError.of(contentDir, "the content folder is a link to nothing: the site has no pages"));
            } else if (Files.exists(contentDir)) {
                throw new LocatedException(LocatedError.of(contentDir, "the content directory is not a folder"));
            } else {
                log.notice("no content folder " + contentDir + ": the site has no pages (set contentDir or create it)");
            }
            return new Scanned(List.of(), List.of());
        }
        List<Found> found = new ArrayList<>();
        List<SourcePage.Resource> files = new ArrayList<>();
        walk(contentDir, contentDir, found, files);
        List<SourcePage> pages = Parallel.map(found, f -> read(contentDir, f)).stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SourcePage::path))
                .toList();
        return new Scanned(pages, List.copyOf(files));
    }

    private record Found(Path file, SourcePage.Bundle bundle, List<SourcePage.Resource> resources) {}

    /** A listed folder entry, stat-ed once. */
    private record Entry(Path path, boolean folder, ContentClass kind) {}

    private void walk(Path root, Path dir, List<Found> out, List<SourcePage.Resource> files) {
        List<Entry> entries = list(dir);
        List<Path> indexes = bundleHeads(entries, ContentClass.LEAF, "index");
        if (!indexes.isEmpty() && !dir.equals(root)) {
            List<SourcePage.Resource> resources = leafResources(dir, indexes);
            indexes.stream()
                    .filter(this::supported)
                    .forEach(index -> out.add(new Found(index, SourcePage.Bundle.LEAF, resources)));
            return;
        }
        List<Path> branches = bundleHeads(entries, ContentClass.BRANCH, "_index");
        List<SourcePage.Resource> branchFiles = branches.isEmpty() ? List.of() : branchResources(entries);
        branches.stream()
                .filter(this::supported)
                .forEach(branch -> out.add(new Found(branch, SourcePage.Bundle.BRANCH, branchFiles)));
        for (Entry e : entries) {
            if (e.folder()) {
                walk(root, e.path(), out, files);
            } else if (!e.kind().isContent()) {
                // beside a branch's _index they are its resources; elsewhere published where they are
                if (branches.isEmpty())
                    files.add(new SourcePage.Resource(e.path(), slashed(root.relativize(e.path()))));
            } else if (!branches.contains(e.path()) && supported(e.path())) {
                out.add(new Found(e.path(), SourcePage.Bundle.NONE, List.of()));
            }
        }
    }

    /** A branch bundle's resources: the plain files beside its _index, not those in its sub-folders. */
    private static List<SourcePage.Resource> branchResources(List<Entry> entries) {
        return entries.stream()
                .filter(e -> !e.folder() && e.kind() == ContentClass.FILE)
                .map(e ->
                        new SourcePage.Resource(e.path(), e.path().getFileName().toString()))
                .toList();
    }

    /** A content format site cannot render is left out with a warning (Hugo renders it: COMPATIBILITY.md). */
    private boolean supported(Path contentFile) {
        if (ContentClass.rendered(contentFile)) return true;
        log.warn(LocatedError.of(
                contentFile,
                "." + ContentClass.extension(contentFile.getFileName().toString())
                        + " content is not supported (only Markdown and HTML): this page is not published"));
        return false;
    }

    /**
     * A leaf bundle's resources: every plain file below it, in sub-folders too. Its other content files (such as
     * {@code index-backup.md}) are Hugo's page resources: neither pages nor published.
     */
    private List<SourcePage.Resource> leafResources(Path dir, List<Path> pages) {
        List<SourcePage.Resource> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> !pages.contains(p))
                    .filter(p -> !skippedBelow(dir, p))
                    .filter(p -> notLink(dir, p))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> ContentClass.of(p) == ContentClass.FILE)
                    .sorted()
                    .forEach(p -> out.add(new SourcePage.Resource(p, slashed(dir.relativize(p)))));
        } catch (IOException | UncheckedIOException e) {
            log.error(LocatedError.of(dir, "cannot list bundle: " + e.getMessage()));
        }
        return out;
    }

    private SourcePage read(Path root, Found f) {
        String path = slashed(root.relativize(f.file()));
        try {
            byte[] bytes = Files.readAllBytes(f.file());
            FrontMatter fm = parsed.known(f.file(), bytes);
            if (fm == null) {
                GoUtf8 text = GoUtf8.decode(bytes);
                if (text.firstBadOffset() >= 0) warnBadBytes(text, f.file());
                fm = FrontMatter.parse(text.text(), f.file());
                if (text.firstBadOffset() < 0) parsed.remember(f.file(), bytes, fm);
            }
            return new SourcePage(f.file(), path, f.bundle(), format(f.file()), fm, f.resources());
        } catch (LocatedException e) {
            log.errors(e.errors());
        } catch (IOException e) {
            log.error(LocatedError.of(f.file(), "cannot read: " + describe(e)));
        }
        return null;
    }

    /**
     * NUL bytes and bytes that are not UTF-8 (a legacy EUC-KR post) are read as U+FFFD, as Hugo shows them, with a
     * warning at the first one's line; in the front matter they are an error, as in Hugo.
     */
    private void warnBadBytes(GoUtf8 decoded, Path file) {
        String text = decoded.text();
        int line = 1
                + (int) text.substring(0, decoded.firstBadOffset())
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        if (line <= frontMatterLines(text)) {
            throw new LocatedException(new LocatedError(
                    file, line, "front matter is not valid UTF-8 text (or holds a NUL byte); save the file as UTF-8"));
        }
        log.warn(new LocatedError(
                file,
                line,
                "not valid UTF-8 text (or a NUL byte): such bytes are shown as"
                        + " \uFFFD, as Hugo shows them; save the file as UTF-8 (a legacy encoding such as EUC-KR?)"));
    }

    /** How many lines the front matter takes, delimiters included (0 when the file has none). */
    private static int frontMatterLines(String text) {
        String first = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        if (first == null) return 0; // JSON front matter: its parser reports what it cannot read
        int end = text.indexOf("\n" + first, first.length());
        return end < 0
                ? 0
                : 2
                        + (int) text.substring(0, end)
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    private List<Entry> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Entry> entries = new ArrayList<>();
            for (Path p : s.filter(p -> !hidden(p)).sorted().toList()) {
                BasicFileAttributes attrs =
                        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    log.warn(SymbolicLinks.notFollowed(p)); // dangling or not, never followed and never an error
                    continue;
                }
                if (attrs.isOther() || ignore.ignores(p)) continue;
                entries.add(new Entry(p, attrs.isDirectory(), attrs.isDirectory() ? null : ContentClass.of(p)));
            }
            return entries;
        } catch (IOException | UncheckedIOException e) {
            log.error(LocatedError.of(dir, "cannot list directory: " + describe(e)));
            return List.of();
        }
    }

    /**
     * Links are not followed (COMPATIBILITY.md), with one warning each; {@code listed} is the folder whose entries
     * {@link #list} already checked, so a bundle's links are not reported twice.
     */
    private boolean notLink(Path listed, Path p) {
        if (!Files.isSymbolicLink(p)) return true;
        if (listed == null || !p.getParent().equals(listed)) log.warn(SymbolicLinks.notFollowed(p));
        return false;
    }

    /**
     * A bundle's pages: the first entry of that kind named {@code baseName} (one language) or, on a multilingual
     * site, the first named {@code baseName} or {@code baseName.LANG} for each language.
     */
    private List<Path> bundleHeads(List<Entry> entries, ContentClass kind, String baseName) {
        Map<String, Path> byBase = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.folder() || e.kind() != kind) continue;
            if (languages.isEmpty()) return List.of(e.path());
            String base = baseOf(e.path());
            if (base.equals(baseName)
                    || base.startsWith(baseName + ".") && languages.contains(base.substring(baseName.length() + 1))) {
                byBase.putIfAbsent(base, e.path());
            }
        }
        return List.copyOf(byBase.values());
    }

    private static String baseOf(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String format(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? "html" : "markdown";
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    /**
     * Hidden or ignored below a bundle folder: the file or a folder between. Hugo 0.111.3 applies ignoreFiles to
     * neither in a leaf bundle's sub-folders (COMPATIBILITY.md).
     */
    private boolean skippedBelow(Path dir, Path p) {
        for (Path q = p; !q.equals(dir); q = q.getParent()) {
            if (hidden(q) || ignore.ignores(q)) return true;
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
