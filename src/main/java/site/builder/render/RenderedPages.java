package site.builder.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import site.builder.content.Page;
import site.builder.markdown.Rendered;

/**
 * Each page's rendered Markdown, kept beside the pages (content does not know about markdown). Every template
 * reaches a page's content, summary, table of contents and counts through {@link #of}, so recording the calls
 * while one output renders tells which pages' text that output shows (what serve's rebuilds need to know).
 */
public final class RenderedPages {
    private final Map<Page, Rendered> byPage;
    private final ThreadLocal<Set<Page>> reads = new ThreadLocal<>();

    public RenderedPages(Map<Page, Rendered> byPage) {
        this.byPage = new IdentityHashMap<>(byPage);
    }

    public Rendered of(Page page) {
        Set<Page> recording = reads.get();
        if (recording != null) recording.add(page);
        return byPage.getOrDefault(page, Rendered.EMPTY);
    }

    /** What {@code output} returned, and the pages whose rendered Markdown it read (on this thread). */
    public record Recorded<T>(T value, Set<Page> read) {}

    public <T> Recorded<T> recording(Supplier<T> output) {
        Set<Page> read = Collections.newSetFromMap(new IdentityHashMap<>());
        reads.set(read);
        try {
            return new Recorded<>(output.get(), read);
        } finally {
            reads.remove();
        }
    }
}
