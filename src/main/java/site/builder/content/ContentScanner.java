package site.builder.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
    /** The site's language keys: index.en.md heads a bundle as index.md does (empty for one language). */
    private final Set<String> languages;

    public ContentScanner(BuildLog log) {
        this(log, Set.of());
    }

    public ContentScanner(BuildLog log, Set<String> languages) {
        this.log = log;
        this.languages = languages;
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
        List<Path> indexes = bundleHeads(entries, "index");
        if (!indexes.isEmpty() && !dir.equals(root)) {
            List<SourcePage.Resource> resources = resources(dir, entries, indexes, true);
            indexes.forEach(index -> out.add(new Found(index, SourcePage.Bundle.LEAF, resources)));
            return;
        }
        List<Path> branches = bundleHeads(entries, "_index");
        if (!branches.isEmpty()) {
            List<SourcePage.Resource> resources = resources(dir, entries, branches, false);
            branches.forEach(branch -> out.add(new Found(branch, SourcePage.Bundle.BRANCH, resources)));
        }
        for (Path e : entries) {
            if (Files.isDirectory(e)) walk(root, e, out);
            else if (!branches.contains(e) && isContent(e)) out.add(new Found(e, SourcePage.Bundle.NONE, List.of()));
        }
    }

    /** Bundle resources: for a leaf every other file below it; for a branch its non-content files. */
    private List<SourcePage.Resource> resources(Path dir, List<Path> entries, List<Path> heads, boolean leaf) {
        List<SourcePage.Resource> out = new ArrayList<>();
        if (leaf) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> !heads.contains(p)).filter(p -> !hidden(p)).filter(p -> notLink(dir, p))
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

    private static String decode(byte[] bytes, Path file) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                throw new LocatedException(LocatedError.of(file, "binary data (a NUL byte) in a content file"));
            }
        }
        // fast path: the JDK's decoder; only text with a replacement character needs the strict check
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LocatedException(LocatedError.of(file, "not valid UTF-8 text; save the file as UTF-8"));
        }
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

    /** The first content file named {@code baseName} (or baseName.LANG) for each language: a bundle's pages. */
    private List<Path> bundleHeads(List<Path> entries, String baseName) {
        Map<String, Path> byBase = new LinkedHashMap<>();
        // names first: the stat is for the few that match
        entries.stream().filter(p -> namesBundle(baseOf(p), baseName) && isContent(p))
                .filter(p -> !Files.isDirectory(p)).forEach(p -> byBase.putIfAbsent(baseOf(p), p));
        return List.copyOf(byBase.values());
    }

    private boolean namesBundle(String base, String baseName) {
        if (base.equals(baseName)) return true;
        return !languages.isEmpty() && base.startsWith(baseName + ".")
                && languages.contains(base.substring(baseName.length() + 1));
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
