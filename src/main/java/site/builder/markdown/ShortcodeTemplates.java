package site.builder.markdown;

import java.util.Optional;

/** Site and theme shortcodes ({@code layouts/shortcodes/<name>.jte}), implemented by the render package. */
public interface ShortcodeTemplates {

    /** The template for {@code name}, or empty when neither site nor theme has one (built-ins are tried next). */
    Optional<ShortcodeTemplate> find(String name);

    /** One shortcode template; returns HTML for {@code {{< >}}} and Markdown for {@code {{% %}}}. */
    interface ShortcodeTemplate {
        String render(ShortcodeCall call);
    }
}
