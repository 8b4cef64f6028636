package site.builder.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import site.common.Values;

/**
 * The pages of a multilingual site that translate each other, as Hugo 0.111 pairs them: by the same
 * {@code translationKey} front matter, else regular pages by their path without language and extension
 * ({@code posts/hello.md} and {@code posts/hello.en.md}), list pages (home, sections, taxonomies, terms) by
 * kind and path. A single-language site has none ({@link #NONE}).
 */
public final class Translations {
    public static final Translations NONE = new Translations(new IdentityHashMap<>(), new IdentityHashMap<>());

    private final Map<Page, String> langOf;
    private final Map<Page, List<Page>> groupOf;

    private Translations(Map<Page, String> langOf, Map<Page, List<Page>> groupOf) {
        this.langOf = langOf;
        this.groupOf = groupOf;
    }

    /** @param sites each language's site, keyed by language, in the site's language order */
    public static Translations of(Map<String, SiteIndex> sites) {
        Map<Page, String> langOf = new IdentityHashMap<>();
        Map<String, List<Page>> byKey = new LinkedHashMap<>();
        sites.forEach((lang, site) -> {
            for (Page page : site.allPages()) {
                langOf.put(page, lang);
                byKey.computeIfAbsent(key(page), k -> new ArrayList<>()).add(page);
            }
            langOf.put(site.notFound(), lang); // Hugo gives the 404 pages no translations
        });
        Map<Page, List<Page>> groupOf = new IdentityHashMap<>();
        byKey.values().forEach(group -> group.forEach(p -> groupOf.put(p, List.copyOf(group))));
        return new Translations(langOf, groupOf);
    }

    /** Hugo's TranslationKey: kind and translationKey, else kind and path without language. */
    private static String key(Page page) {
        String own = Values.string(page.meta().params().get("translationkey"), "");
        if (!own.isEmpty()) return page.kind().hugoName() + "/" + own;
        SourcePage src = page.source();
        if (page.kind() != Kind.PAGE || src == null)
            return page.kind().hugoName() + "/" + String.join("/", page.sectionPath());
        return page.kind().hugoName() + "/" + src.dir() + src.baseName();
    }

    /** The language of a page of any of the languages, null for a page this does not know. */
    public String langOf(Page page) {
        return langOf.get(page);
    }

    /**
     * Hugo's .AllTranslations: the page and its translations in language order; [page] for an untranslated page
     * of a multilingual site, empty on a single-language site (as in Hugo 0.111).
     */
    public List<Page> all(Page page) {
        return groupOf.getOrDefault(page, List.of());
    }

    /** Hugo's .Translations: the other languages' versions of the page, in language order. */
    public List<Page> others(Page page) {
        List<Page> group = all(page);
        if (group.size() <= 1) return List.of();
        List<Page> out = new ArrayList<>(group);
        out.remove(page);
        return out;
    }
}
