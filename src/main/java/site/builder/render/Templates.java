package site.builder.render;

import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Optional;

/** The resolved theme's templates: finds the first existing name of a lookup list and renders it. */
public final class Templates {
    private final TemplateEngine engine;

    Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public Optional<String> find(List<String> candidates) {
        for (String name : candidates) {
            if (exists(name)) return Optional.of(name);
        }
        return Optional.empty();
    }

    public String render(String name, PageView page) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, page, out);
        return out.toString();
    }

    private boolean exists(String name) {
        try {
            return engine.hasTemplate(name);
        } catch (TemplateException | IllegalStateException e) {
            return false;
        }
    }
}
