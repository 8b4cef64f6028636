package site.builder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import site.builder.config.Language;
import site.builder.config.Languages;
import site.builder.config.SiteConfig;
import site.builder.content.BodyEdits;
import site.builder.content.ContentScanner;
import site.builder.content.FrontMatter;
import site.builder.content.FrontMatterCache;
import site.builder.content.IgnoreFiles;
import site.builder.content.LanguageSources;
import site.builder.content.Page;
import site.builder.content.Paginator;
import site.builder.content.SiteAssembler;
import site.builder.content.SiteIndex;
import site.builder.content.SourcePage;
import site.builder.content.Translations;
import site.builder.render.SiteLanguages;
import site.common.Values;

/**
 * The site as one assembled site per language, as Hugo 0.111 builds a multilingual site: each language with its
 * own config (title, params, menus, base URL with its prefix), pages, sections, taxonomies, feeds and sitemap,
 * and the translations between them. A single-language site is one of these, read exactly as before.
 */
record LanguageSites(Languages languages, List<LanguageSite> sites, Translations translations) {

    /**
     * One language's site, where its outputs go, and its files in content/ outside any bundle (published at their
     * path there, below the language's folder, as Hugo); with what a rebuild that takes it over needs: its body
     * edits and the paginator that keeps its pagers.
     */
    record LanguageSite(
            Language language,
            SiteConfig config,
            SiteIndex index,
            LanguageOutput place,
            List<SourcePage.Resource> contentFiles,
            BodyEdits bodyEdits,
            Paginator paginator) {

        LanguageSite(
                Language language,
                SiteConfig config,
                SiteIndex index,
                LanguageOutput place,
                List<SourcePage.Resource> contentFiles,
                BodyEdits bodyEdits) {
            this(language, config, index, place, contentFiles, bodyEdits, new Paginator(config));
        }
    }

    static LanguageSites assemble(SiteConfig site, site.common.BuildLog log, Clock clock, FrontMatterCache parsed) {
        Languages languages = Languages.of(site);
        if (!languages.multilingual()) {
            Language only = languages.all().get(0);
            // [languages.ko] on a one-language site still gives its title, params and menus
            SiteConfig config = site.raw().containsKey("languages")
                    ? new Languages(languages.all(), languages.defaultLang(), false, languages.disabled())
                            .configFor(site, only)
                    : site;
            ContentScanner.Scanned scanned = new ContentScanner(log, IgnoreFiles.of(config), Set.of(), parsed)
                    .scan(config.dirs().content());
            SiteAssembler assembler = new SiteAssembler(config, log, clock);
            SiteIndex index = assembler.assemble(scanned.pages());
            return new LanguageSites(
                    languages,
                    List.of(new LanguageSite(
                            only,
                            config,
                            index,
                            LanguageOutput.single(config),
                            scanned.files(),
                            assembler.bodyEdits())),
                    Translations.NONE);
        }
        LanguageSources.Sources scanned = LanguageSources.scan(site, languages, log, parsed);
        Map<String, List<SourcePage>> sources = scanned.pages();
        Map<String, SiteIndex> indexes = new LinkedHashMap<>();
        Map<String, SiteConfig> configs = new LinkedHashMap<>();
        Map<String, BodyEdits> bodyEdits = new LinkedHashMap<>();
        for (Language l : languages.all()) {
            SiteConfig config = languages.configFor(site, l);
            configs.put(l.lang(), config);
            SiteAssembler assembler = new SiteAssembler(config, log, clock);
            indexes.put(l.lang(), assembler.assemble(sources.get(l.lang())));
            bodyEdits.put(l.lang(), assembler.bodyEdits());
        }
        Translations translations = Translations.of(indexes);
        List<LanguageSite> sites = new ArrayList<>();
        for (Language l : languages.all()) {
            SiteConfig config = configs.get(l.lang());
            boolean ownHost = languages.multihost();
            // .Site.BaseURL on its own host is the language's baseURL as written (Hugo adds no slash there)
            String baseURL = ownHost ? Values.string(l.settings().get("baseurl"), "") : site.baseURL();
            SiteLanguages context = new SiteLanguages(languages, l, baseURL, translations);
            LanguageOutput place = new LanguageOutput(
                    languages.publishFolder(l),
                    ownHost || sites.isEmpty(),
                    ownHost,
                    ownHost
                            ? config.listing().sitemap().filename()
                            : l.lang() + "/" + config.listing().sitemap().filename(),
                    context);
            sites.add(new LanguageSite(
                    l, config, indexes.get(l.lang()), place, scanned.files().get(l.lang()), bodyEdits.get(l.lang())));
        }
        return new LanguageSites(languages, List.copyOf(sites), translations);
    }

    /**
     * This site with the new text of {@code files} (absolute, normalized) in their pages, when each is the file of a
     * page whose front matter is the same text and whose meta stays the same, and no page entered or left the build
     * since it was assembled; else empty, and nothing changed (a new, deleted or renamed file is no page of it).
     * The pages are changed in place, so the site stays what the last build showed only while this build succeeds
     * or the next one assembles the site again.
     */
    Optional<LanguageSites> withBodyEdits(Set<Path> files, FrontMatterCache parsed, Clock clock) {
        if (!sites.stream().allMatch(s -> s.bodyEdits().stillCurrent(clock))) return Optional.empty();
        Map<Path, Optional<FrontMatter>> texts = new HashMap<>();
        List<BodyEdits.Edit> edits = new ArrayList<>();
        for (LanguageSite site : sites) {
            for (Page page : site.index().allPages()) {
                SourcePage src = page.source();
                Path file = src == null ? null : src.file().toAbsolutePath().normalize();
                if (file == null || !files.contains(file)) continue;
                Optional<BodyEdits.Edit> edit = texts.computeIfAbsent(file, f -> BodyEdits.read(src.file(), parsed))
                        .flatMap(text -> site.bodyEdits().edit(page, text));
                if (edit.isEmpty()) return Optional.empty();
                edits.add(edit.get());
            }
        }
        if (!texts.keySet().equals(files)) return Optional.empty();
        edits.forEach(BodyEdits.Edit::apply);
        return Optional.of(this);
    }

    /** The default language's site (what a build reports as its site). */
    LanguageSite primary() {
        String lang = languages.defaultLang();
        return sites.stream()
                .filter(s -> s.language().lang().equals(lang))
                .findFirst()
                .orElse(sites.get(0));
    }
}
