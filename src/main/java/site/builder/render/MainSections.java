package site.builder.render;

import java.util.Comparator;
import java.util.List;
import site.builder.config.SiteConfig;
import site.builder.content.Page;
import site.builder.content.SiteIndex;
import site.common.Values;

/** Hugo's site.Params.mainSections: the configured list, else the top-level section with most pages. */
final class MainSections {
    private MainSections() {}

    static List<String> of(SiteConfig config, SiteIndex site) {
        Object configured = config.params().get("mainsections");
        if (configured != null) return Values.strings(configured);
        return site.sections().stream()
                .max(Comparator.comparingInt((Page s) -> count(s)).thenComparing(Page::section, Comparator.reverseOrder()))
                .map(s -> List.of(s.section())).orElse(List.of());
    }

    private static int count(Page section) {
        int n = section.regularPages().size();
        for (Page sub : section.sections()) n += count(sub);
        return n;
    }
}
