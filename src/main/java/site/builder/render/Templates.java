package site.builder.render;

import gg.jte.CodeResolver;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The resolved theme's templates: finds the first existing name of a lookup list and renders it. */
public final class Templates {
    private final TemplateEngine engine;
    private final CodeResolver sources;
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();
    private final TemplateIncludes includes;

    /** {@code sources} lists template names for prefix lookups; null for the precompiled bundled theme. */
    Templates(TemplateEngine engine, CodeResolver sources) {
        this.engine = engine;
        this.sources = sources;
        this.includes = sources == null ? null : new TemplateIncludes(sources);
    }

    /**
     * {@code template} and every template it renders, by name ("_partials/footer.jte"); empty when the theme is the
     * precompiled bundled one, whose sources no one edits.
     */
    public Set<String> closure(String template) {
        return includes == null ? Set.of() : includes.closure(template);
    }

    public Optional<String> find(List<String> candidates) {
        for (String name : candidates) {
            if (exists(name)) return Optional.of(name);
        }
        return Optional.empty();
    }

    /** Renders a template whose single parameter is {@code param} (a PageView, or a hook's or shortcode's record). */
    public String render(String name, Object param) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, param, out);
        return out.toString();
    }

    /** Renders like {@link #render}, into this thread's reusable char array (a page, minified and encoded in place). */
    public RenderedChars renderChars(String name, Object param) {
        RenderedChars out = RenderedChars.take();
        engine.render(name, param, out);
        return out;
    }

    /** Renders like {@link #render}, straight to UTF-8 bytes (outputs that are not HTML, which nothing rewrites). */
    public byte[] renderEncoded(String name, Object param) {
        Utf8Output out = new Utf8Output();
        engine.render(name, param, out);
        return out.toByteArray();
    }

    /** Whether any template name starts with {@code prefix} (render-codeblock-LANG hooks). */
    boolean hasAnyStartingWith(String prefix) {
        if (sources == null) return false;
        return sources.resolveAllTemplateNames().stream().anyMatch(n -> n.startsWith(prefix));
    }

    /**
     * Whether the theme has the template. For templates compiled at build time that is whether the file exists: a
     * file that does not compile is found, and rendering it reports the compile error (the engine alone would
     * answer "absent", skipping the page without a word). It is compiled here, where lookups run one at a time,
     * not later on the rendering threads, where jte's compiler must not run twice at once.
     */
    private boolean exists(String name) {
        return exists.computeIfAbsent(name, n -> {
            boolean file = sources == null || sources.exists(n);
            try {
                return engine.hasTemplate(n) || sources != null && file;
            } catch (TemplateException | IllegalStateException e) {
                return sources != null && file; // a compile error: reported when a page renders it
            }
        });
    }
}
