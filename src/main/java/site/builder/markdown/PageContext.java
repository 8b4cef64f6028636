package site.builder.markdown;

import java.nio.file.Path;
import java.util.Map;

/**
 * What rendering one page needs to know about it and its site.
 *
 * @param file               source file, for error locations
 * @param firstLine          line number of the body's first line in {@code file} (after front matter)
 * @param summaryLength      words in an automatic summary (site config, Hugo default 70)
 * @param frontMatterSummary the front matter {@code summary}, or null
 * @param pageParams         page params with lower-cased keys (for the {@code param} shortcode)
 * @param siteParams         site params with lower-cased keys
 * @param links              resolves ref/relref, or null when the page has no site around it
 * @param shortcodes         site and theme shortcode templates, or null for built-ins only
 * @param hooks              render hooks, or null for the default rendering
 */
public record PageContext(
        Path file,
        int firstLine,
        boolean hasCJKLanguage,
        int summaryLength,
        String frontMatterSummary,
        Map<String, Object> pageParams,
        Map<String, Object> siteParams,
        LinkResolver links,
        ShortcodeTemplates shortcodes,
        RenderHooks hooks) {

    public PageContext {
        pageParams = pageParams == null ? Map.of() : pageParams;
        siteParams = siteParams == null ? Map.of() : siteParams;
    }

    /** A page whose body starts on line 1, with Hugo's defaults and nothing around it. */
    public static PageContext of(Path file) {
        return new PageContext(file, 1, false, 70, null, Map.of(), Map.of(), null, null, null);
    }

    public PageContext withFirstLine(int line) {
        return new PageContext(
                file,
                line,
                hasCJKLanguage,
                summaryLength,
                frontMatterSummary,
                pageParams,
                siteParams,
                links,
                shortcodes,
                hooks);
    }

    public PageContext withCJKLanguage(boolean cjk) {
        return new PageContext(
                file,
                firstLine,
                cjk,
                summaryLength,
                frontMatterSummary,
                pageParams,
                siteParams,
                links,
                shortcodes,
                hooks);
    }

    public PageContext withSummary(int length, String frontMatter) {
        return new PageContext(
                file, firstLine, hasCJKLanguage, length, frontMatter, pageParams, siteParams, links, shortcodes, hooks);
    }

    public PageContext withParams(Map<String, Object> page, Map<String, Object> site) {
        return new PageContext(
                file,
                firstLine,
                hasCJKLanguage,
                summaryLength,
                frontMatterSummary,
                page,
                site,
                links,
                shortcodes,
                hooks);
    }

    public PageContext withLinks(LinkResolver resolver) {
        return new PageContext(
                file,
                firstLine,
                hasCJKLanguage,
                summaryLength,
                frontMatterSummary,
                pageParams,
                siteParams,
                resolver,
                shortcodes,
                hooks);
    }

    public PageContext withShortcodes(ShortcodeTemplates templates) {
        return new PageContext(
                file,
                firstLine,
                hasCJKLanguage,
                summaryLength,
                frontMatterSummary,
                pageParams,
                siteParams,
                links,
                templates,
                hooks);
    }

    public PageContext withHooks(RenderHooks renderHooks) {
        return new PageContext(
                file,
                firstLine,
                hasCJKLanguage,
                summaryLength,
                frontMatterSummary,
                pageParams,
                siteParams,
                links,
                shortcodes,
                renderHooks);
    }
}
