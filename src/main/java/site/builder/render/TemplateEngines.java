package site.builder.render;

import gg.jte.TemplateEngine;
import java.util.List;
import java.util.function.Supplier;

/**
 * The run-time compiled templates kept from one build to the next of the same builder (site serve rebuilds on
 * every save): compiling a theme's templates with javac takes seconds, and jte's engine recompiles only the
 * templates whose files changed since. A different set of template files (one added, removed or a theme switched)
 * gets a new engine. A builder that builds once keeps nothing for long.
 */
public final class TemplateEngines {
    private List<Object> key;
    private TemplateEngine engine;

    /** The engine made for {@code key} last time, or a new one from {@code make}. */
    synchronized TemplateEngine engine(List<Object> key, Supplier<TemplateEngine> make) {
        if (engine == null || !key.equals(this.key)) {
            engine = make.get();
            this.key = List.copyOf(key);
        }
        return engine;
    }
}
