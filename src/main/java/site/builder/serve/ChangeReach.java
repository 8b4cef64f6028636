package site.builder.serve;

import java.nio.file.Path;
import java.util.List;
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

    private static boolean under(Path file, Stream<Path> dirs) {
        List<Path> roots = dirs.map(d -> d.toAbsolutePath().normalize()).toList();
        return roots.stream().anyMatch(file::startsWith);
    }
}
