package site.builder.serve;

import java.nio.file.Path;
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
    PAGES, TEMPLATES, EVERYTHING;

    static ChangeReach of(ChangeBatch changes, SiteConfig config) {
        if (changes == null || changes.overflowed() || config == null) return EVERYTHING;
        ChangeReach widest = PAGES;
        for (Path changed : changes.paths()) {
            ChangeReach reach = of(changed.toAbsolutePath().normalize(), config);
            if (reach.compareTo(widest) > 0) widest = reach;
        }
        return widest;
    }

    private static ChangeReach of(Path file, SiteConfig config) {
        SiteConfig.Dirs dirs = config.dirs();
        if (under(file, LanguageSources.contentDirs(config).stream())) {
            return FrontMatterCache.followsChangesOf(file) ? PAGES : EVERYTHING;
        }
        if (under(file, Stream.concat(dirs.statics().stream(), Stream.of(dirs.archetypes())))) return PAGES;
        if (under(file, Stream.of(dirs.layouts(), dirs.themes()))) {
            String path = file.toString().replace('\\', '/');
            boolean markdownUsesIt = path.contains("/shortcodes/") || path.contains("/_markup/");
            return markdownUsesIt ? EVERYTHING : TEMPLATES;
        }
        return EVERYTHING;
    }

    /**
     * The templates a batch of {@link #TEMPLATES} reach changed, by name relative to their layouts folder
     * ("_partials/footer.jte"); null when one of its files is not a template in a layouts folder (a theme's static
     * or assets file), after which every output is rendered again.
     */
    static Set<String> templateNames(ChangeBatch changes, SiteConfig config) {
        Set<String> names = new TreeSet<>();
        Path layouts = config.dirs().layouts().toAbsolutePath().normalize();
        Path themes = config.dirs().themes().toAbsolutePath().normalize();
        for (Path changed : changes.paths()) {
            Path file = changed.toAbsolutePath().normalize();
            if (file.startsWith(layouts)) {
                names.add(slashed(layouts.relativize(file)));
            } else if (file.startsWith(themes) && themes.relativize(file).getNameCount() > 2
                    && themes.relativize(file).getName(1).toString().equals("layouts")) {
                Path inTheme = themes.relativize(file);
                names.add(slashed(inTheme.subpath(2, inTheme.getNameCount())));
            } else if (!FrontMatterCache.followsChangesOf(file)) {
                return null;
            }
        }
        return names;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static boolean under(Path file, Stream<Path> dirs) {
        List<Path> roots = dirs.map(d -> d.toAbsolutePath().normalize()).toList();
        return roots.stream().anyMatch(file::startsWith);
    }
}
