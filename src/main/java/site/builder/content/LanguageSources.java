package site.builder.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import site.builder.config.Language;
import site.builder.config.Languages;
import site.builder.config.SiteConfig;
import site.common.BuildLog;

/**
 * Which language each content file belongs to, as Hugo 0.111 decides: the language its name names
 * ({@code hello.en.md}, {@code index.en.md}, {@code _index.en.md}), else the language whose {@code contentDir} it is
 * in, else (the site's content folder) the default language. Files of a disabled language are left out. Plain
 * files ({@code file.en.txt}) go by the same rules, keeping their name, and a bundle's files too: {@code data.en.txt}
 * is a resource of the bundle's English page only.
 */
public final class LanguageSources {
    private LanguageSources() {}

    /**
     * Each enabled language's pages in path order and its plain files (outside any bundle, published below its
     * folder), keyed by language in the site's language order.
     */
    public record Sources(Map<String, List<SourcePage>> pages, Map<String, List<SourcePage.Resource>> files) {}

    public static Sources scan(SiteConfig site, Languages languages, BuildLog log, FrontMatterCache parsed) {
        Map<String, List<SourcePage>> out = new LinkedHashMap<>();
        Map<String, List<SourcePage.Resource>> files = new LinkedHashMap<>();
        languages.all().forEach(l -> {
            out.put(l.lang(), new ArrayList<>());
            files.put(l.lang(), new ArrayList<>());
        });
        ContentScanner scanner = new ContentScanner(log, IgnoreFiles.of(site), languages.keys(), parsed);
        for (Path dir : contentDirs(site, languages)) {
            String dirLang = languages.all().stream()
                    .filter(l -> dir.equals(l.contentDir()))
                    .map(Language::lang)
                    .findFirst()
                    .orElse(languages.defaultLang());
            ContentScanner.Scanned scanned = scanner.scan(dir);
            for (SourcePage.Resource file : scanned.files()) {
                String named = namedLanguage(file.path(), languages.keys());
                if (languages.disabled().contains(named)) continue;
                List<SourcePage.Resource> list = files.get(named.isEmpty() ? dirLang : named);
                if (list != null) list.add(file);
            }
            for (SourcePage source : scanned.pages()) {
                String named = namedLanguage(source.path(), languages.keys());
                if (languages.disabled().contains(named)) continue;
                String lang = named.isEmpty() ? dirLang : named;
                List<SourcePage> list = out.get(lang);
                if (list != null)
                    list.add(ownResources(named.isEmpty() ? source : source.withLang(named), lang, languages.keys()));
            }
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(SourcePage::path)));
        return new Sources(out, files);
    }

    /** Every folder the site's pages are read from: its content folder and each language's own. */
    public static Set<Path> contentDirs(SiteConfig site) {
        Set<Path> dirs = new LinkedHashSet<>(List.of(site.dirs().content()));
        Languages.of(site).all().stream()
                .map(Language::contentDir)
                .filter(d -> d != null)
                .forEach(dirs::add);
        return dirs;
    }

    /**
     * The site's content folder (when a language reads it) and each language's own, in language order; a
     * language's folder that does not exist is left out, as Hugo builds that language without its files.
     */
    private static Set<Path> contentDirs(SiteConfig site, Languages languages) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Language l : languages.all()) {
            if (l.contentDir() == null) dirs.add(site.dirs().content());
            else if (Files.isDirectory(l.contentDir())) dirs.add(l.contentDir());
        }
        return dirs;
    }

    /**
     * A bundle's files that name another language (data.en.txt in a Korean page's bundle) are not its own, and a file
     * that names its language stands in for the file of the same name without it (data.ko.txt for data.txt), as in
     * Hugo.
     */
    private static SourcePage ownResources(SourcePage page, String lang, Set<String> keys) {
        Set<String> translated = new HashSet<>();
        for (SourcePage.Resource r : page.resources()) {
            if (namedLanguage(r.path(), keys).equals(lang)) translated.add(withoutLanguage(r.path()));
        }
        List<SourcePage.Resource> own = page.resources().stream()
                .filter(r -> {
                    String named = namedLanguage(r.path(), keys);
                    return named.equals(lang) || named.isEmpty() && !translated.contains(r.path());
                })
                .toList();
        if (own.size() == page.resources().size()) return page;
        return new SourcePage(
                page.file(), page.path(), page.bundle(), page.format(), page.frontMatter(), own, page.lang());
    }

    /** The path without the language key of its name (a/data.txt for a/data.en.txt); only for a name that has one. */
    private static String withoutLanguage(String path) {
        int last = path.lastIndexOf('.');
        return path.substring(0, path.lastIndexOf('.', last - 1)) + path.substring(last);
    }

    /** The language key between the base name and the extension ("en" in hello.en.md), "" when none is named. */
    private static String namedLanguage(String path, Set<String> keys) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int last = name.lastIndexOf('.');
        int before = last > 0 ? name.lastIndexOf('.', last - 1) : -1;
        if (before < 0) return "";
        String key = name.substring(before + 1, last);
        return keys.contains(key) ? key : "";
    }
}
