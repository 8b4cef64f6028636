package site.builder.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import site.builder.content.Kind;
import site.builder.content.OutputFormat;
import site.builder.content.Page;
import site.builder.content.Pager;
import site.builder.content.SiteIndex;
import site.builder.content.TargetPath;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Renders one page through the theme: its HTML (and each pager of a list page) and its JSON output.
 * Returns the files instead of writing them, so the caller decides where output goes.
 */
public final class PageRenderer {
    /**
     * One rendered output: where it goes, its body, and the view it was rendered from (for page dumps). The body
     * is text for HTML and feeds (which --minify rewrites; released once encoded) and already UTF-8 for JSON (a
     * search index is tens of MB).
     */
    public record Output(TargetPath target, RenderedChars text, byte[] encodedBody, PageView view) {
        public Output(TargetPath target, RenderedChars text, PageView view) {
            this(target, text, null, view);
        }
    }

    /** An output not rendered yet: where it will go, the template that renders it, and how to render it. */
    public record Pending(TargetPath target, String template, Supplier<Output> render) {}

    private final RenderScope scope;
    private final Templates templates;

    public PageRenderer(RenderScope scope, Templates templates) {
        this.scope = scope;
        this.templates = templates;
    }

    /** The page's outputs as separate jobs, one per pager, so the pagers of a long list render in parallel. */
    public List<Pending> outputs(Page page) {
        List<Pending> out = new ArrayList<>();
        TargetPath html = page.target(OutputFormat.HTML);
        Optional<String> found =
                html == null ? Optional.empty() : templates.find(TemplateLookup.html(page, singular(page)));
        if (found.isPresent()) {
            String template = found.get();
            if (page.kind().isList()) {
                for (Pager pager : scope.paginator().pagers(page, scope.site())) {
                    out.add(new Pending(pager.target(), template, () -> {
                        PageView view = new PageView(page, scope, pager);
                        return new Output(pager.target(), render(template, view), view);
                    }));
                }
            } else {
                out.add(new Pending(html, template, () -> {
                    PageView view = new PageView(page, scope, null);
                    return new Output(html, render(template, view), view);
                }));
            }
        }
        TargetPath rss = page.target(OutputFormat.RSS);
        if (rss != null) {
            templates
                    .find(TemplateLookup.rss(page))
                    .ifPresent(t -> out.add(new Pending(rss, t, () -> {
                        PageView view = new PageView(page, scope, null);
                        return new Output(rss, render(t, view), null);
                    })));
        }
        TargetPath json = page.target(OutputFormat.JSON);
        if (json != null) {
            templates
                    .find(TemplateLookup.json(page))
                    .ifPresent(t -> out.add(new Pending(json, t, () -> {
                        PageView view = new PageView(page, scope, null);
                        return new Output(json, null, renderEncoded(t, view), null);
                    })));
        }
        return out;
    }

    private RenderedChars render(String template, PageView view) {
        try {
            return templates.renderChars(template, view);
        } catch (RuntimeException e) {
            throw failed(template, view, e);
        }
    }

    private byte[] renderEncoded(String template, PageView view) {
        try {
            return templates.renderEncoded(template, view);
        } catch (RuntimeException e) {
            throw failed(template, view, e);
        }
    }

    private static LocatedException failed(String template, PageView view, RuntimeException e) {
        return new LocatedException(
                LocatedError.of(null, "template " + template + " failed for " + view.page() + ": " + e.getMessage()));
    }

    private String singular(Page page) {
        if (page.kind() != Kind.TAXONOMY && page.kind() != Kind.TERM) return "";
        for (Map.Entry<String, SiteIndex.Taxonomy> t : scope.site().taxonomies().entrySet()) {
            if (t.getKey().equals(page.section())) return t.getValue().singular();
        }
        return "";
    }

    /** The templates a page would use, for the warning when the theme has none (Hugo then skips the page). */
    public List<String> lookup(Page page) {
        return TemplateLookup.html(page, singular(page));
    }

    /** Whether the theme writes this page's feed; else the builder writes Hugo's built-in one. */
    public boolean hasFeedTemplate(Page page) {
        return page.target(OutputFormat.RSS) != null
                && templates.find(TemplateLookup.rss(page)).isPresent();
    }

    public boolean hasTemplate(Page page) {
        return page.target(OutputFormat.HTML) == null
                || templates.find(lookup(page)).isPresent();
    }
}
