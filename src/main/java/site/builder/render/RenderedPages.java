package site.builder.render;

import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import site.builder.content.Page;
import site.builder.markdown.Rendered;

/**
 * Each page's rendered Markdown, kept beside the pages (content does not know about markdown). Every template
 * reaches a page's content, summary, table of contents and counts through {@link #of}, naming the part it shows,
 * so recording the calls while one output renders tells which parts of which pages that output shows (what serve's
 * rebuilds need to know: a feed that shows summaries need not be rendered again when a post's last paragraph changed).
 */
public final class RenderedPages {
    /** The parts of a page's rendered Markdown that an output may show, each of which may change on its own. */
    public enum Part {
        CONTENT,
        SUMMARY,
        TABLE_OF_CONTENTS,
        WORD_COUNT,
        READING_TIME,
        PLAIN;

        /** The parts in which {@code a} and {@code b} differ. */
        public static EnumSet<Part> differing(Rendered a, Rendered b) {
            EnumSet<Part> out = EnumSet.noneOf(Part.class);
            if (!a.content().equals(b.content())) out.add(CONTENT);
            if (!a.summary().equals(b.summary()) || a.truncated() != b.truncated()) out.add(SUMMARY);
            if (!a.tableOfContents().equals(b.tableOfContents())) out.add(TABLE_OF_CONTENTS);
            if (a.wordCount() != b.wordCount() || a.fuzzyWordCount() != b.fuzzyWordCount()) out.add(WORD_COUNT);
            if (a.readingTime() != b.readingTime()) out.add(READING_TIME);
            if (!Objects.equals(a.plain(), b.plain())) out.add(PLAIN);
            return out;
        }
    }

    private final Map<Page, Rendered> byPage;
    private final ThreadLocal<Map<Page, EnumSet<Part>>> reads = new ThreadLocal<>();

    public RenderedPages(Map<Page, Rendered> byPage) {
        this.byPage = new IdentityHashMap<>(byPage);
    }

    /** The page's rendered Markdown, all of whose parts the caller may show. */
    public Rendered of(Page page) {
        Map<Page, EnumSet<Part>> recording = reads.get();
        if (recording != null) recording.put(page, EnumSet.allOf(Part.class));
        return byPage.getOrDefault(page, Rendered.EMPTY);
    }

    /** The page's rendered Markdown, of which the caller shows {@code part} only. */
    public Rendered of(Page page, Part part) {
        Map<Page, EnumSet<Part>> recording = reads.get();
        if (recording != null)
            recording.computeIfAbsent(page, p -> EnumSet.noneOf(Part.class)).add(part);
        return byPage.getOrDefault(page, Rendered.EMPTY);
    }

    /** What {@code output} returned, and the parts of each page's rendered Markdown it read (on this thread). */
    public record Recorded<T>(T value, Map<Page, EnumSet<Part>> read) {}

    public <T> Recorded<T> recording(Supplier<T> output) {
        Map<Page, EnumSet<Part>> read = new IdentityHashMap<>();
        reads.set(read);
        try {
            return new Recorded<>(output.get(), read);
        } finally {
            reads.remove();
        }
    }
}
