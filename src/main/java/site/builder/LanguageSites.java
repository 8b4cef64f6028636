package site.builder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import site.builder.config.Language;
import site.builder.config.Languages;
import site.builder.config.SiteConfig;
import site.builder.content.ContentScanner;
import site.builder.content.FrontMatterCache;
import site.builder.content.IgnoreFiles;
import site.builder.content.LanguageSources;
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
     * path there, below the language's folder, as Hugo).
     */
    record LanguageSite(Language language, SiteConfig config, SiteIndex index, LanguageOutput place,
                        List<SourcePage.Resource> contentFiles) {}

    static LanguageSites assemble(SiteConfig site, site.common.BuildLog log, Clock clock, FrontMatterCache parsed) {
        Languages languages = Languages.of(site);
        if (!languages.multilingual()) {
            Language only = languages.all().get(0);
            // [languages.ko] on a one-language site still gives its title, params and menus
            SiteConfig config = site.raw().containsKey("languages")
                    ? new Languages(languages.all(), languages.defaultLang(), false, languages.disabled()).configFor(site, only)
                    : site;
            ContentScanner.Scanned scanned = new ContentScanner(log, IgnoreFiles.of(config), Set.of(), parsed)
                    .scan(config.dirs().content());
            SiteIndex index = new SiteAssembler(config, log, clock).assemble(scanned.pages());
            return new LanguageSites(languages, List.of(new LanguageSite(only, config, index,
                    LanguageOutput.single(config), scanned.files())), Translations.NONE);
        }
        LanguageSources.Sources scanned = LanguageSources.scan(site, languages, log, parsed);
        Map<String, List<SourcePage>> sources = scanned.pages();
        Map<String, SiteIndex> indexes = new LinkedHashMap<>();
        Map<String, SiteConfig> configs = new LinkedHashMap<>();
        for (Language l : languages.all()) {
            SiteConfig config = languages.configFor(site, l);
            configs.put(l.lang(), config);
            indexes.put(l.lang(), new SiteAssembler(config, log, clock).assemble(sources.get(l.lang())));
        }
        Translations translations = Translations.of(indexes);
        List<LanguageSite> sites = new ArrayList<>();
        for (Language l : languages.all()) {
            SiteConfig config = configs.get(l.lang());
            boolean ownHost = languages.multihost();
            // .Site.BaseURL on its own host is the language's baseURL as written (Hugo adds no slash there)
            String baseURL = ownHost ? Values.string(l.settings().get("baseurl"), "") : site.baseURL();
            SiteLanguages context = new SiteLanguages(languages, l, baseURL, translations);
            LanguageOutput place = new LanguageOutput(languages.publishFolder(l), ownHost || sites.isEmpty(), ownHost,
                    ownHost ? site.sitemap().filename() : l.lang() + "/" + site.sitemap().filename(), context);
            sites.add(new LanguageSite(l, config, indexes.get(l.lang()), place, scanned.files().get(l.lang())));
        }
        return new LanguageSites(languages, List.copyOf(sites), translations);
    }

    /** The default language's site (what a build reports as its site). */
    LanguageSite primary() {
        String lang = languages.defaultLang();
        return sites.stream().filter(s -> s.language().lang().equals(lang)).findFirst().orElse(sites.get(0));
    }
}
