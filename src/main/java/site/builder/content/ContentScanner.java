package site.builder.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.SymbolicLinks;

/**
 * Walks the content directory: finds pages, leaf bundles (index.md) and branch bundles (_index.md),
 * assigns bundle resources, and reads every page in parallel. Unreadable or malformed files are
 * reported to the log and left out; the rest of the site still loads so all errors show at once.
 */
public final class ContentScanner {
    private static final List<String> CONTENT_EXTENSIONS = List.of("md", "markdown", "mdown", "mkd", "html", "htm");

    private final BuildLog log;

    public ContentScanner(BuildLog log) {
        this.log = log;
    }

    public List<SourcePage> scan(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new LocatedException(LocatedError.of(contentDir,
                    "content directory does not exist (set contentDir in the config or create it)"));
        }
        List<Found> found = new ArrayList<>();
        walk(contentDir, contentDir, found);
        return found.parallelStream().map(f -> read(contentDir, f)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SourcePage::path)).toList();
    }

    private record Found(Path file, SourcePage.Bundle bundle, List<SourcePage.Resource> resources) {}

    private void walk(Path root, Path dir, List<Found> out) {
        List<Path> entries = list(dir);
        Path index = firstContent(entries, "index");
        if (index != null && !dir.equals(root)) {
            out.add(new Found(index, SourcePage.Bundle.LEAF, resources(dir, entries, index)));
            return;
        }
        Path branch = firstContent(entries, "_index");
        if (branch != null) out.add(new Found(branch, SourcePage.Bundle.BRANCH, resources(dir, entries, branch)));
        for (Path e : entries) {
            if (Files.isDirectory(e)) walk(root, e, out);
            else if (!e.equals(branch) && isContent(e)) out.add(new Found(e, SourcePage.Bundle.NONE, List.of()));
        }
    }

    /** Bundle resources: for a leaf every other file below it; for a branch its non-content files. */
    private List<SourcePage.Resource> resources(Path dir, List<Path> entries, Path page) {
        List<SourcePage.Resource> out = new ArrayList<>();
        boolean leaf = page.getFileName().toString().startsWith("index.");
        if (leaf) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> !p.equals(page)).filter(p -> !hidden(p)).filter(p -> notLink(dir, p))
                        .filter(Files::isRegularFile).sorted()
                        .forEach(p -> out.add(new SourcePage.Resource(p, slashed(dir.relativize(p)))));
            } catch (IOException e) {
                log.error(LocatedError.of(dir, "cannot list bundle: " + e.getMessage()));
            }
        } else {
            entries.stream().filter(Files::isRegularFile).filter(p -> !isContent(p))
                    .forEach(p -> out.add(new SourcePage.Resource(p, p.getFileName().toString())));
        }
        return out;
    }

    private SourcePage read(Path root, Found f) {
        String path = slashed(root.relativize(f.file()));
        try {
            String text = decode(Files.readAllBytes(f.file()), f.file());
            FrontMatter fm = FrontMatter.parse(text, f.file());
            return new SourcePage(f.file(), path, f.bundle(), format(f.file()), fm, f.resources());
        } catch (LocatedException e) {
            log.errors(e.errors());
        } catch (IOException e) {
            log.error(LocatedError.of(f.file(), "cannot read: " + describe(e)));
        }
        return null;
    }

    /**
     * The file's text. NUL bytes and bytes that are not UTF-8 (a legacy EUC-KR post) become U+FFFD, as Hugo shows
     * them, with a warning at the first one's line; in the front matter they are an error, as in Hugo.
     */
    private String decode(byte[] bytes, Path file) {
        GoUtf8 decoded = GoUtf8.decode(bytes);
        String text = decoded.text();
        if (decoded.firstBadOffset() < 0) return text;
        int line = 1 + (int) text.substring(0, decoded.firstBadOffset()).chars().filter(c -> c == '\n').count();
        if (line <= frontMatterLines(text)) {
            throw new LocatedException(new LocatedError(file, line,
                    "front matter is not valid UTF-8 text (or holds a NUL byte); save the file as UTF-8"));
        }
        log.warn(new LocatedError(file, line, "not valid UTF-8 text (or a NUL byte): such bytes are shown as"
                + " \uFFFD, as Hugo shows them; save the file as UTF-8 (a legacy encoding such as EUC-KR?)"));
        return text;
    }

    /** How many lines the front matter takes, delimiters included (0 when the file has none). */
    private static int frontMatterLines(String text) {
        String first = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        if (first == null) return 0; // JSON front matter: its parser reports what it cannot read
        int end = text.indexOf("\n" + first, first.length());
        return end < 0 ? 0 : 2 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    private List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !hidden(p)).filter(p -> notLink(null, p)).sorted().toList();
        } catch (IOException e) {
            log.error(LocatedError.of(dir, "cannot list directory: " + describe(e)));
            return List.of();
        }
    }

    /**
     * Links are not followed (as Hugo), with one warning each; {@code listed} is the folder whose entries
     * {@link #list} already checked, so a bundle's links are not reported twice.
     */
    private boolean notLink(Path listed, Path p) {
        if (!Files.isSymbolicLink(p)) return true;
        if (listed == null || !p.getParent().equals(listed)) log.warn(SymbolicLinks.notFollowed(p));
        return false;
    }

    private static Path firstContent(List<Path> entries, String baseName) {
        // names first: the stat is for the few that match
        return entries.stream().filter(p -> baseOf(p).equals(baseName) && isContent(p))
                .filter(p -> !Files.isDirectory(p)).findFirst().orElse(null);
    }

    private static boolean isContent(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && CONTENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String format(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? "html" : "markdown";
    }

    private static String baseOf(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#");
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
