package site.builder.render;

import java.util.List;
import java.util.Optional;
import site.builder.markdown.RenderHooks;

/**
 * Hugo's render hooks as jte templates in layouts/_default/_markup/: render-link, render-image,
 * render-heading, render-codeblock-LANG (then render-codeblock). Each receives the hook's record.
 */
public final class JteRenderHooks implements RenderHooks {
    private static final String DIR = "_default/_markup/";

    private final Templates templates;
    private final Optional<String> link;
    private final Optional<String> image;
    private final Optional<String> heading;

    public JteRenderHooks(Templates templates) {
        this.templates = templates;
        this.link = templates.find(List.of(DIR + "render-link.jte"));
        this.image = templates.find(List.of(DIR + "render-image.jte"));
        this.heading = templates.find(List.of(DIR + "render-heading.jte"));
    }

    /**
     * Whether the theme has any hook; without one the renderer needs no hooks at all. The bundled theme's own
     * mermaid hook is asked for by name, since a precompiled theme cannot list its templates.
     */
    public boolean any() {
        return link.isPresent()
                || image.isPresent()
                || heading.isPresent()
                || templates
                        .find(List.of(DIR + "render-codeblock.jte", DIR + "render-codeblock-mermaid.jte"))
                        .isPresent()
                || templates.hasAnyStartingWith(DIR + "render-codeblock-");
    }

    @Override
    public boolean has(Kind kind) {
        return switch (kind) {
            case LINK -> link.isPresent();
            case IMAGE -> image.isPresent();
            case HEADING -> heading.isPresent();
            case CODE_BLOCK -> true; // looked up per language
        };
    }

    @Override
    public Optional<String> link(Link l) {
        return link.map(t -> templates.render(t, l));
    }

    @Override
    public Optional<String> image(Link i) {
        return image.map(t -> templates.render(t, i));
    }

    @Override
    public Optional<String> heading(Heading h) {
        return heading.map(t -> templates.render(t, h));
    }

    @Override
    public Optional<String> codeBlock(CodeBlock block) {
        return templates
                .find(List.of(DIR + "render-codeblock-" + block.type() + ".jte", DIR + "render-codeblock.jte"))
                .map(t -> templates.render(t, block));
    }
}
