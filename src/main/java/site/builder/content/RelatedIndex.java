package site.builder.content;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.common.GoLayout;
import site.common.Maps;
import site.common.Values;

/**
 * Hugo 0.111's related content ({@code .Site.RegularPages.Related}): an inverted index from each configured
 * param's keywords to the pages that have them. A page's related pages are those sharing keywords with it,
 * scored as Hugo does: the sum of the matching indices' weights, averaged over the matches, scaled to 0..100
 * against the largest weight, must reach the threshold divided by the number of matches; best first, then newest.
 * A search walks only the posting lists of the page's own keywords, except for one index (the date's year) whose
 * matches alone can never pass: that one only adds to pages found through the others, so a query does not
 * visit every page of the same year.
 */
public final class RelatedIndex {
    private static final List<String> DATES = List.of("date", "lastmod", "publishdate", "expirydate");
    private static final ZonedDateTime ZERO = ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final RelatedConfig config;
    private final Map<String, Object> siteParams;
    private final List<Map<String, List<Page>>> postings = new ArrayList<>();
    private final int maxWeight;
    private final int minWeight;
    /** The index that only scores (-1: none), and each page's single keyword in it. */
    private int scoringOnly = -1;
    private final Map<Page, String> scoringKeyword = new IdentityHashMap<>();

    private RelatedIndex(RelatedConfig config, Map<String, Object> siteParams) {
        this.config = config;
        this.siteParams = siteParams;
        // as Hugo, the lower bound starts at 0, not at the smallest weight
        this.maxWeight = Math.max(0, config.indices().stream().mapToInt(RelatedConfig.Index::weight).max().orElse(0));
        this.minWeight = Math.min(0, config.indices().stream().mapToInt(RelatedConfig.Index::weight).min().orElse(0));
    }

    public static RelatedIndex of(RelatedConfig config, List<Page> pages, Map<String, Object> siteParams) {
        RelatedIndex idx = new RelatedIndex(config, siteParams);
        for (RelatedConfig.Index index : config.indices()) {
            Map<String, List<Page>> posting = new HashMap<>();
            if (index.weight() != 0) {
                for (Page p : pages) {
                    for (String kw : idx.keywords(p, index)) posting.computeIfAbsent(kw, k -> new ArrayList<>()).add(p);
                }
            }
            idx.postings.add(posting);
        }
        idx.chooseScoringOnly(pages);
        return idx;
    }

    /** The pages related to {@code page}, best first (Hugo's order), at most {@code limit}. */
    public List<Page> related(Page page, int limit) {
        ZonedDateTime upper = config.includeNewer() ? null : page.meta().dates().publishDate();
        Map<Page, int[]> ranks = new IdentityHashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            if (i == scoringOnly) continue;
            int weight = config.indices().get(i).weight();
            for (String kw : keywords(page, config.indices().get(i))) {
                for (Page other : postings.get(i).getOrDefault(kw, List.of())) {
                    if (other == page || newer(other, upper)) continue;
                    int[] r = ranks.computeIfAbsent(other, k -> new int[2]);
                    r[0] += weight;
                    r[1]++;
                }
            }
        }
        if (scoringOnly >= 0) addScoringOnly(page, ranks);
        List<Map.Entry<Page, int[]>> passed = new ArrayList<>();
        for (Map.Entry<Page, int[]> e : ranks.entrySet()) {
            int[] r = e.getValue();
            if (norm(r[0] / r[1]) >= config.threshold() / r[1]) passed.add(e);
        }
        passed.sort(Comparator.<Map.Entry<Page, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparing(e -> publishDate(e.getKey()), Comparator.reverseOrder())
                .thenComparing(e -> e.getKey().title()));
        return passed.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private void addScoringOnly(Page page, Map<Page, int[]> ranks) {
        List<String> own = keywords(page, config.indices().get(scoringOnly));
        if (own.isEmpty()) return;
        int weight = config.indices().get(scoringOnly).weight();
        ranks.forEach((other, r) -> {
            if (own.get(0).equals(scoringKeyword.get(other))) {
                r[0] += weight;
                r[1]++;
            }
        });
    }

    /**
     * An index can skip its posting lists when every page has at most one keyword in it (so it adds at most one
     * match) and one match through it alone scores below the threshold. Only one such index is skipped: two of
     * them together might pass.
     */
    private void chooseScoringOnly(List<Page> pages) {
        for (int i = 0; i < postings.size(); i++) {
            RelatedConfig.Index index = config.indices().get(i);
            if (index.weight() == 0 || norm(index.weight()) >= config.threshold()) continue;
            Map<Page, String> single = new IdentityHashMap<>();
            boolean ok = true;
            for (Page p : pages) {
                List<String> kws = keywords(p, index);
                if (kws.size() > 1) { ok = false; break; }
                if (kws.size() == 1) single.put(p, kws.get(0));
            }
            if (ok) {
                scoringOnly = i;
                scoringKeyword.putAll(single);
                return;
            }
        }
    }

    /** Hugo's norm: the weight scaled to 0..100 between the index bounds, rounded half up. */
    private int norm(int weight) {
        if (maxWeight == minWeight) return Integer.MIN_VALUE; // Go's int(NaN)
        return (int) Math.floor((double) (weight - minWeight) / (maxWeight - minWeight) * 100 + 0.5);
    }

    private static boolean newer(Page other, ZonedDateTime upper) {
        return upper != null && other.meta().dates().publishDate() != null
                && other.meta().dates().publishDate().isAfter(upper);
    }

    private static ZonedDateTime publishDate(Page p) {
        ZonedDateTime d = p.meta().dates().publishDate();
        return d == null ? ZERO : d;
    }

    /** A page's keywords in one index: Hugo's .Param (page, then site) as strings, dates by the index's layout. */
    private List<String> keywords(Page page, RelatedConfig.Index index) {
        ZonedDateTime date = switch (index.name()) {
            case "date" -> page.date();
            case "lastmod" -> page.lastmod();
            case "publishdate" -> page.meta().dates().publishDate();
            case "expirydate" -> page.meta().dates().expiryDate();
            default -> null;
        };
        if (date != null) return List.of(GoLayout.format(date, index.pattern().isEmpty() ? "2006" : index.pattern()));
        // a page without the date has no keyword for it (Hugo 0.111.3: dateless pages do not match each other)
        if (DATES.contains(index.name())) return List.of();
        Object v = Maps.at(page.meta().params(), index.name());
        if (v == null) v = Maps.at(siteParams, index.name());
        List<String> words = Values.strings(v);
        return index.toLower() ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : words;
    }
}
