package site.builder.content;

import java.util.List;
import java.util.Map;

/**
 * Term page dates as Hugo 0.111's section walk gives them. It visits only terms one level below the
 * taxonomy, so a term whose key has a slash ({@code CI/CD} is {@code tags/ci/cd/}) stays undated, and it
 * collects a term's pages by key prefix, so the pages of {@code ci/cd} count for the term {@code ci} too.
 */
final class TermDates {
    private TermDates() {}

    /** Dates the undated terms; returns the newest over the terms' own dates and their pages, for the taxonomy. */
    static ListDates.Newest assign(Map<String, Page> terms, Map<String, List<Page>> pagesByKey) {
        List<String> nestedKeys =
                terms.keySet().stream().filter(k -> k.contains("/")).toList();
        ListDates.Newest all = ListDates.Newest.NONE;
        for (Map.Entry<String, Page> term : terms.entrySet()) {
            String key = term.getKey();
            if (key.contains("/")) continue;
            ListDates.Newest below = ListDates.Newest.NONE.with(pagesByKey.get(key));
            for (String nested : nestedKeys) {
                if (nested.startsWith(key + "/")) below = below.with(pagesByKey.get(nested));
            }
            all = all.with(ListDates.Newest.of(term.getValue())).with(below);
            ListDates.assignIfUndated(term.getValue(), below);
        }
        return all;
    }
}
