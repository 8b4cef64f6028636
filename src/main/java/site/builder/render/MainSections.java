package site.builder.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
        // counted by the pages' own section, so it holds with disableKinds = ["section"] too, as in Hugo
        Map<String, Integer> counts = new TreeMap<>();
        for (Page p : site.regularPages()) {
            if (!p.section().isEmpty()) counts.merge(p.section().toLowerCase(Locale.ROOT), 1, Integer::sum); // as Hugo
        }
        String most = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) { // by name, so the first name wins a tie
            if (most == null || e.getValue() > counts.get(most)) most = e.getKey();
        }
        return most == null ? List.of() : List.of(most);
    }
}
