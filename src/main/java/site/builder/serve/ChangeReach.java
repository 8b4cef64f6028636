package site.builder.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import site.builder.config.SiteConfig;
import site.builder.content.FrontMatterCache;
import site.builder.content.LanguageSources;

/**
 * How much of the last build a batch of changes leaves valid, from where the changed files are: pages' source
 * text, static and archetype files leave all of it (the build compares each page's text); templates leave the
 * rendered Markdown but not the outputs; anything else (config, data, i18n, assets, resource files, shortcode
 * and render-hook templates, which Markdown renders through) leaves nothing.
 */
enum ChangeReach {
    PAGES,
    TEMPLATES,
    EVERYTHING;

    static ChangeReach of(ChangeBatch changes, SiteConfig config) {
        if (changes == null || changes.overflowed() || config == null) return EVERYTHING;
        Folders folders = new Folders(config);
        ChangeReach widest = PAGES;
        for (Path changed : changes.paths()) {
            ChangeReach reach = folders.reach(changed.toAbsolutePath().normalize());
            if (reach.compareTo(widest) > 0) widest = reach;
        }
        return widest;
    }

    /**
     * The templates a batch of {@link #TEMPLATES} reach changed, by name relative to their layouts folder
     * ("_partials/footer.jte"); null when one of its files is not a template in a layouts folder (a theme's static
     * or assets file), after which every output is rendered again.
     */
    static Set<String> templateNames(ChangeBatch changes, SiteConfig config) {
        Folders folders = new Folders(config);
        Set<String> names = new TreeSet<>();
        for (Path changed : changes.paths()) {
            Path file = changed.toAbsolutePath().normalize();
            if (folders.reach(file) == PAGES) continue;
            Path inTheme = file.startsWith(folders.themes) ? folders.themes.relativize(file) : null;
            if (file.startsWith(folders.layouts)) {
                names.add(slashed(folders.layouts.relativize(file)));
            } else if (inTheme != null
                    && inTheme.getNameCount() > 2
                    && inTheme.getName(1).toString().equals("layouts")) {
                names.add(slashed(inTheme.subpath(2, inTheme.getNameCount())));
            } else {
                return null;
            }
        }
        return names;
    }

    /**
     * The files of a batch of {@link #PAGES} (absolute, normalized) when all of them are pages' files in a content
     * folder, which the build may read alone (if their front matter stayed the same); null when the batch holds
     * anything else (a static file), after which the site is assembled again.
     */
    static Set<Path> pageFiles(ChangeBatch changes, SiteConfig config) {
        Folders folders = new Folders(config);
        Set<Path> files = new HashSet<>();
        for (Path changed : changes.paths()) {
            Path file = changed.toAbsolutePath().normalize();
            if (!folders.inContent(file) || !FrontMatterCache.followsChangesOf(file)) return null;
            files.add(file);
        }
        return files;
    }

    /** The site's folders, absolute, read once per batch (a checkout changes hundreds of files). */
    private static final class Folders {
        final List<Path> content;
        final List<Path> staticAndArchetypes;
        final Path layouts;
        final Path themes;

        Folders(SiteConfig config) {
            SiteConfig.Dirs dirs = config.dirs();
            content = absolute(LanguageSources.contentDirs(config).stream());
            staticAndArchetypes = absolute(Stream.concat(dirs.statics().stream(), Stream.of(dirs.archetypes())));
            layouts = dirs.layouts().toAbsolutePath().normalize();
            themes = dirs.themes().toAbsolutePath().normalize();
        }

        boolean inContent(Path file) {
            return content.stream().anyMatch(file::startsWith);
        }

        ChangeReach reach(Path file) {
            if (inContent(file)) {
                return FrontMatterCache.followsChangesOf(file) ? PAGES : EVERYTHING;
            }
            if (staticAndArchetypes.stream().anyMatch(file::startsWith)) return PAGES;
            if (file.startsWith(layouts) || file.startsWith(themes)) {
                String path = file.toString().replace('\\', '/');
                boolean markdownUsesIt = path.contains("/shortcodes/") || path.contains("/_markup/");
                return markdownUsesIt ? EVERYTHING : TEMPLATES;
            }
            return EVERYTHING;
        }

        private static List<Path> absolute(Stream<Path> dirs) {
            return dirs.map(d -> d.toAbsolutePath().normalize()).toList();
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
