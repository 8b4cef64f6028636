package site.builder.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import site.builder.config.SiteConfig;

/**
 * The home page and the section tree. Every top-level directory with content is a section; a deeper
 * directory is one only when it has an _index file (a branch bundle). Regular pages belong to their
 * nearest enclosing section, or to home.
 */
final class SectionTree {
    private final Page home;
    private final Map<String, Page> sectionsByDir = new LinkedHashMap<>();
    private final Map<Page, Page> sectionOfPage = new HashMap<>();
    private final Map<Page, List<Page>> children = new HashMap<>();
    private final Map<Page, List<Page>> regularOf = new HashMap<>();

    SectionTree(
            SiteConfig config,
            PageMetaReader reader,
            Cascade cascade,
            Map<String, SourcePage> branches,
            List<SourcePage> regular) {
        Set<String> taxonomyDirs = new TreeSet<>(config.content().taxonomies().values());
        SourcePage homeSource = branches.get("");
        PageMeta homeMeta =
                homeSource == null ? reader.read(null, Map.of()) : reader.read(homeSource, cascade.apply(homeSource));
        this.home = new Page(
                Kind.HOME,
                homeSource,
                homeMeta,
                List.of(),
                homeSource == null ? config.identity().title() : homeMeta.title());
        Set<String> dirs = new TreeSet<>();
        branches.keySet().stream()
                .filter(d -> !d.isEmpty())
                .filter(d -> !isTaxonomyDir(d, taxonomyDirs))
                .forEach(dirs::add);
        for (SourcePage p : regular) {
            List<String> segs = p.dirSegments();
            // a leaf bundle's own folder is the page, not a section
            if (p.bundle() == SourcePage.Bundle.LEAF) segs = segs.subList(0, segs.size() - 1);
            if (!segs.isEmpty() && !taxonomyDirs.contains(segs.get(0))) dirs.add(segs.get(0) + "/");
        }
        for (String dir : dirs) {
            SourcePage src = branches.get(dir);
            PageMeta meta = src == null ? reader.read(null, Map.of()) : reader.read(src, cascade.apply(src));
            List<String> path = List.of(dir.substring(0, dir.length() - 1).split("/"));
            // Hugo only makes up a title for a section without a file: its name, first letter upper, pluralized.
            String name = upperFirst(path.get(0));
            String title = src != null ? meta.title() : config.pluralizeListTitles() ? Plural.of(name) : name;
            // and keys such a section by its lower-cased name: "Notes/" is at /notes/ even with disablePathToLower
            if (src == null) path = List.of(path.get(0).toLowerCase(Locale.ROOT));
            sectionsByDir.put(dir, new Page(Kind.SECTION, src, meta, path, title));
        }
        for (Map.Entry<String, Page> e : sectionsByDir.entrySet()) {
            Page parent = nearestSection(parentDir(e.getKey()));
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getValue());
        }
    }

    /** The section a regular page's file belongs to (a leaf bundle counts from its parent folder). */
    Page sectionFor(SourcePage source) {
        String dir = source.dir();
        if (source.bundle() == SourcePage.Bundle.LEAF) dir = parentDir(dir);
        return nearestSection(dir);
    }

    /**
     * The section path of a regular page: its section's, spelled as in the page's own folders (a section
     * without a file is keyed lower-cased, but its pages keep the folder's case in .Section and URLs).
     */
    List<String> sectionPathFor(SourcePage source) {
        int depth = sectionFor(source).sectionPath().size();
        return source.dirSegments().subList(0, depth);
    }

    /** Registers a regular page under its section. */
    void add(Page regular) {
        Page section = sectionFor(regular.source());
        sectionOfPage.put(regular, section);
        regularOf.computeIfAbsent(section, k -> new ArrayList<>()).add(regular);
    }

    Page home() {
        return home;
    }

    /** Home first, then every section. */
    List<Page> listPages() {
        List<Page> out = new ArrayList<>();
        out.add(home);
        out.addAll(sectionsByDir.values());
        return out;
    }

    Page sectionOf(Page regular) {
        return sectionOfPage.get(regular);
    }

    List<Page> regularPagesOf(Page section) {
        return regularOf.getOrDefault(section, List.of());
    }

    List<Page> childSections(Page section) {
        return children.getOrDefault(section, List.of());
    }

    private static String upperFirst(String s) {
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first)))
                .toString();
    }

    private Page nearestSection(String dir) {
        for (String d = dir; d != null; d = parentDir(d)) {
            Page s = sectionsByDir.get(d);
            if (s != null) return s;
        }
        return home;
    }

    private static boolean isTaxonomyDir(String dir, Set<String> plurals) {
        String first = dir.substring(0, dir.indexOf('/'));
        return plurals.contains(first) && dir.chars().filter(c -> c == '/').count() <= 2;
    }

    static String parentDir(String dir) {
        if (dir.isEmpty()) return null;
        String trimmed = dir.substring(0, dir.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? "" : trimmed.substring(0, slash + 1);
    }
}
