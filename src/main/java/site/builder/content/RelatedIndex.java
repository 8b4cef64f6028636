package site.builder.content;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
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
 * visit every page of the same year. Pages are numbered so that a search counts in arrays, not maps.
 */
public final class RelatedIndex {
    private static final List<String> DATES = List.of("date", "lastmod", "publishdate", "expirydate");

    private final RelatedConfig config;
    private final Map<String, Object> siteParams;
    private final Page[] pages;
    private final Map<Page, Integer> ids = new IdentityHashMap<>();
    /** Publish dates as epoch seconds (Long.MIN_VALUE: none), for the includeNewer filter and the order. */
    private final long[] published;

    private final List<Map<String, int[]>> postings = new ArrayList<>();
    private final int maxWeight;
    private final int minWeight;
    /** The index that only scores (-1: none), and each page's single keyword in it (null: none). */
    private int scoringOnly = -1;

    private String[] scoringKeyword;
    private final ThreadLocal<Ranks> scratch;

    private RelatedIndex(RelatedConfig config, List<Page> pages, Map<String, Object> siteParams) {
        this.config = config;
        this.siteParams = siteParams;
        this.pages = pages.toArray(Page[]::new);
        this.published = new long[this.pages.length];
        for (int i = 0; i < this.pages.length; i++) {
            ids.put(this.pages[i], i);
            ZonedDateTime d = this.pages[i].meta().dates().publishDate();
            published[i] = d == null ? Long.MIN_VALUE : d.toEpochSecond();
        }
        // as Hugo, the bounds start at 0, not at the smallest weight
        this.maxWeight = Math.max(
                0,
                config.indices().stream()
                        .mapToInt(RelatedConfig.Index::weight)
                        .max()
                        .orElse(0));
        this.minWeight = Math.min(
                0,
                config.indices().stream()
                        .mapToInt(RelatedConfig.Index::weight)
                        .min()
                        .orElse(0));
        this.scratch = ThreadLocal.withInitial(() -> new Ranks(this.pages.length));
    }

    public static RelatedIndex of(RelatedConfig config, List<Page> pages, Map<String, Object> siteParams) {
        RelatedIndex idx = new RelatedIndex(config, pages, siteParams);
        for (RelatedConfig.Index index : config.indices()) {
            Map<String, List<Integer>> lists = new HashMap<>();
            if (index.weight() != 0) {
                for (int i = 0; i < idx.pages.length; i++) {
                    for (String kw : idx.keywords(idx.pages[i], index))
                        lists.computeIfAbsent(kw, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> posting = new HashMap<>();
            lists.forEach((kw, ids) ->
                    posting.put(kw, ids.stream().mapToInt(Integer::intValue).toArray()));
            idx.postings.add(posting);
        }
        idx.chooseScoringOnly();
        return idx;
    }

    /** The pages related to {@code page}, best first (Hugo's order), at most {@code limit}. */
    public List<Page> related(Page page, int limit) {
        int self = ids.getOrDefault(page, -1);
        ZonedDateTime upperDate =
                config.includeNewer() ? null : page.meta().dates().publishDate();
        long upper = upperDate == null ? Long.MAX_VALUE : upperDate.toEpochSecond();
        Ranks ranks = scratch.get();
        try {
            for (int i = 0; i < postings.size(); i++) {
                if (i == scoringOnly) continue;
                int weight = config.indices().get(i).weight();
                for (String kw : keywords(page, config.indices().get(i))) {
                    for (int other : postings.get(i).getOrDefault(kw, new int[0])) {
                        if (other != self && published[other] <= upper) ranks.add(other, weight);
                    }
                }
            }
            if (scoringOnly >= 0) addScoringOnly(page, ranks);
            return best(ranks, limit);
        } finally {
            ranks.clear();
        }
    }

    private void addScoringOnly(Page page, Ranks ranks) {
        List<String> own = keywords(page, config.indices().get(scoringOnly));
        if (own.isEmpty()) return;
        int weight = config.indices().get(scoringOnly).weight();
        for (int t = 0; t < ranks.touched; t++) {
            int other = ranks.order[t];
            if (own.get(0).equals(scoringKeyword[other])) ranks.add(other, weight);
        }
    }

    /** The passing pages in Hugo's order, keeping only the best {@code limit} while scanning. */
    private List<Page> best(Ranks ranks, int limit) {
        Comparator<Integer> order = Comparator.<Integer>comparingInt(i -> -ranks.weight[i])
                .thenComparing(
                        Comparator.comparingLong((Integer i) -> published[i]).reversed())
                .thenComparing(i -> pages[i].title());
        PriorityQueue<Integer> kept = new PriorityQueue<>(order.reversed());
        for (int t = 0; t < ranks.touched; t++) {
            int i = ranks.order[t];
            if (norm(ranks.weight[i] / ranks.matches[i]) < config.threshold() / ranks.matches[i]) continue;
            kept.add(i);
            if (kept.size() > limit) kept.poll();
        }
        Integer[] sorted = kept.toArray(Integer[]::new);
        Arrays.sort(sorted, order);
        return Arrays.stream(sorted).map(i -> pages[i]).toList();
    }

    /**
     * An index can skip its posting lists when every page has at most one keyword in it (so it adds at most one
     * match) and one match through it alone scores below the threshold. Only one such index is skipped: two of
     * them together might pass.
     */
    private void chooseScoringOnly() {
        for (int i = 0; i < postings.size(); i++) {
            RelatedConfig.Index index = config.indices().get(i);
            if (index.weight() == 0 || norm(index.weight()) >= config.threshold()) continue;
            String[] single = new String[pages.length];
            boolean ok = true;
            for (int p = 0; p < pages.length && ok; p++) {
                List<String> kws = keywords(pages[p], index);
                ok = kws.size() <= 1;
                if (kws.size() == 1) single[p] = kws.get(0);
            }
            if (ok) {
                scoringOnly = i;
                scoringKeyword = single;
                return;
            }
        }
    }

    /** Hugo's norm: the weight scaled to 0..100 between the index bounds, rounded half up. */
    private int norm(int weight) {
        if (maxWeight == minWeight) return Integer.MIN_VALUE; // Go's int(NaN)
        return (int) Math.floor((double) (weight - minWeight) / (maxWeight - minWeight) * 100 + 0.5);
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
        return index.toLower()
                ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()
                : words;
    }

    /** One search's scores, per page number, with the pages touched in the order first seen; reused per thread. */
    private static final class Ranks {
        final int[] weight;
        final int[] matches;
        final int[] order;
        int touched;

        Ranks(int size) {
            weight = new int[size];
            matches = new int[size];
            order = new int[size];
        }

        void add(int page, int w) {
            if (matches[page]++ == 0) order[touched++] = page;
            weight[page] += w;
        }

        void clear() {
            for (int t = 0; t < touched; t++) {
                weight[order[t]] = 0;
                matches[order[t]] = 0;
            }
            touched = 0;
        }
    }
}
