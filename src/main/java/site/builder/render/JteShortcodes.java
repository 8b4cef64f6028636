package site.builder.render;

import java.util.List;
import java.util.Optional;
import site.builder.markdown.ShortcodeCall;
import site.builder.markdown.ShortcodeTemplates;

/** Site and theme shortcodes: layouts/shortcodes/NAME.jte with one parameter, the ShortcodeCall. */
public final class JteShortcodes implements ShortcodeTemplates {
    private final Templates templates;

    public JteShortcodes(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Optional<ShortcodeTemplate> find(String name) {
        return templates
                .find(List.of("shortcodes/" + name + ".jte"))
                .map(template -> (ShortcodeCall call) -> templates.render(template, call));
    }
}
