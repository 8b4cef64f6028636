package site.builder;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import site.builder.content.Kind;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.PageMeta;
import site.builder.content.SourcePage;
import site.builder.content.TargetPath;

/**
 * Everything about an assembled site except what its pages' Markdown renders to: each language's config, and every
 * page's place, front matter, dates, URLs and resources, in build order. Two builds with equal shapes have the same
 * pages, lists, menus, links and URLs, so only outputs that show a page whose rendered text changed can differ.
 * Pages are numbered in the same order, so page {@code n} of one build is page {@code n} of the other.
 */
final class SiteShape {
    private record PageShape(
            Kind kind,
            String file,
            List<String> sections,
            String title,
            String linkTitle,
            ZonedDateTime date,
            ZonedDateTime lastmod,
            String permalink,
            Map<OutputFormat, TargetPath> targets,
            PageMeta meta,
            List<SourcePage.Resource> resources) {
        static PageShape of(Page p) {
            SourcePage src = p.source();
            return new PageShape(
                    p.kind(),
                    p.filePath(),
                    p.sectionPath(),
                    p.title(),
                    p.linkTitle(),
                    p.date(),
                    p.lastmod(),
                    p.permalink(),
                    Map.copyOf(p.targets()),
                    p.meta(),
                    src == null ? List.of() : src.resources());
        }
    }

    private final List<Object> shape = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<Page, Integer> numbers = new IdentityHashMap<>();

    SiteShape(LanguageSites sites) {
        for (LanguageSites.LanguageSite site : sites.sites()) {
            shape.add(site.config().raw());
            shape.add(site.contentFiles());
            site.index().allPages().forEach(this::add);
            if (site.index().notFound() != null) add(site.index().notFound());
        }
    }

    private void add(Page page) {
        if (numbers.putIfAbsent(page, pages.size()) != null) return;
        pages.add(page);
        shape.add(PageShape.of(page));
    }

    /** The pages in build order. */
    List<Page> pages() {
        return pages;
    }

    /** The page's number in build order, -1 for a page this site does not hold. */
    int number(Page page) {
        return numbers.getOrDefault(page, -1);
    }

    boolean sameAs(SiteShape other) {
        return other != null && shape.equals(other.shape);
    }
}
