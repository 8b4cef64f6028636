package site.builder.create;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * An archetype executed as Hugo 0.111.3 executes it, as a Go text/template: the whole archetype is read first
 * ({@link TemplateParser}), then run over the archetype's data ({@link TemplateRunner}) with the functions
 * archetypes use ({@link TemplateFunctions}). Anything else (a function or field not known here, a block left
 * open) is an error naming the archetype's file and line, and nothing is written.
 */
final class ArchetypeTemplate {
    private ArchetypeTemplate() {}

    /** The archetype's text with every action replaced by its value; {@code data} is the dot. */
    static String execute(String text, Object data, ZonedDateTime now, Path file) {
        try {
            Object site =
                    data instanceof TemplateValues.Struct page ? page.fields().get("Site") : null;
            return new TemplateRunner(data, new TemplateFunctions(now, site)).run(TemplateParser.parse(text));
        } catch (TemplateError e) {
            throw new LocatedException(new LocatedError(file, e.line(), e.getMessage()));
        }
    }
}
