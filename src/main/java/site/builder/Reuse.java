package site.builder;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import site.builder.config.SiteConfig;
import site.builder.content.FrontMatter;
import site.builder.content.Page;
import site.builder.markdown.Rendered;
import site.builder.render.RenderedPages;
import site.builder.render.RenderedPages.Part;

/**
 * One build's use of the last good build. When the site's shape is unchanged (only pages' text was edited), a page
 * whose source is the same keeps its rendered Markdown, and an output that shows no page whose rendered text changed
 * is published as it was: a post edit re-renders that post and the outputs that show the parts of its text that
 * changed (a list or feed that shows its summary, when the summary changed).
 * Whatever this build renders is recorded for the next one. {@link #NONE} reuses and records nothing.
 */
final class Reuse {
    static final Reuse NONE = new Reuse(null, null, true, Set.of());
    private static final int PARTS = Part.values().length;
    /** Up to how many changed parts each output's reads are checked one by one. */
    private static final int FEW = 64;

    private final SiteShape shape;
    private final LastBuild previous;
    /** Whether the last build's outputs may be published again (not after an edit it cannot trace to templates). */
    private final boolean outputsValid;
    /** Templates edited since the last build, and for each template rendered here whether it renders one of them. */
    private final Set<String> changedTemplates;

    private final Map<String, Boolean> renderedWithChanged = new ConcurrentHashMap<>();
    private final BitSet changed = new BitSet();
    /** The bits of {@link #changed}, when few: checking each against an output is quicker than intersecting. */
    private int[] fewChanged = new int[0];

    private final Map<String, LastBuild.Kept> outputs = new ConcurrentHashMap<>();
    private final Set<String> usedFolders = ConcurrentHashMap.newKeySet();

    /**
     * @param previous the last good build when its shape equals {@code shape}, else null
     * @param outputsStale its outputs must all be rendered again (its Markdown may still be reused)
     * @param changedTemplates templates edited since: the outputs rendered with them must be rendered again
     */
    Reuse(SiteShape shape, LastBuild previous, boolean outputsStale, Set<String> changedTemplates) {
        this.shape = shape;
        this.previous = previous;
        this.outputsValid = previous != null && !outputsStale;
        this.changedTemplates = changedTemplates;
        if (outputsValid) usedFolders.addAll(previous.usedFolders());
    }

    /** Whether outputs rendered in this build should note the pages they read. */
    boolean records() {
        return shape != null;
    }

    /** The page's Markdown from the last build when its file's text is the same, else {@code render}'s. */
    Rendered markdown(Page page, Supplier<Rendered> render) {
        if (previous == null || page.source() == null) return render.get();
        int n = shape.number(page);
        return n >= 0 && previous.sources().get(n) == page.source().frontMatter()
                ? previous.rendered().get(n)
                : render.get();
    }

    /** Notes which parts of which pages' rendered Markdown differ from the last build's (once Markdown is rendered). */
    void compare(RenderedPages rendered) {
        if (previous == null) return;
        List<Page> pages = shape.pages();
        for (int n = 0; n < pages.size(); n++) {
            Rendered before = previous.rendered().get(n);
            Rendered now = rendered.of(pages.get(n));
            if (before == now) continue;
            for (Part part : Part.differing(before, now)) changed.set(bit(n, part));
        }
        fewChanged = changed.cardinality() <= FEW ? changed.stream().toArray() : null;
    }

    /** Whether an output that read {@code read} shows a part of a page's text that changed. */
    private boolean showsChanged(BitSet read) {
        if (fewChanged == null) return read.intersects(changed);
        for (int bit : fewChanged) {
            if (read.get(bit)) return true;
        }
        return false;
    }

    /** Where page {@code n}'s {@code part} is in the bit sets of read and changed parts. */
    private static int bit(int n, Part part) {
        return n * PARTS + part.ordinal();
    }

    /**
     * The last build's output for {@code file}, when the same page wrote it with the same {@code template}, none of
     * the templates that renders was edited, and no part of a page's text it shows changed. {@code closure} gives
     * the templates a template renders (empty when not known: then any template edit renders it again).
     */
    Optional<LastBuild.Kept> unchanged(String file, Page page, String template, Function<String, Set<String>> closure) {
        if (!outputsValid) return Optional.empty();
        LastBuild.Kept kept = previous.outputs().get(file);
        if (kept == null
                || kept.read() == null
                || kept.page() != shape.number(page)
                || showsChanged(kept.read())
                || !kept.template().equals(template)
                || renderedWithChanged(template, closure)) {
            return Optional.empty();
        }
        outputs.put(file, kept);
        return Optional.of(kept);
    }

    private boolean renderedWithChanged(String template, Function<String, Set<String>> closure) {
        if (changedTemplates.isEmpty()) return false;
        return renderedWithChanged.computeIfAbsent(template, t -> {
            Set<String> renders = closure.apply(t);
            return renders.isEmpty() || renders.stream().anyMatch(changedTemplates::contains);
        });
    }

    /** An output rendered in this build with {@code template}, with the parts of pages' text it read. */
    LastBuild.Kept rendered(
            String file,
            Page page,
            String template,
            byte[] published,
            LastBuild.Counted counted,
            Map<Page, EnumSet<Part>> read) {
        LastBuild.Kept kept = new LastBuild.Kept(
                shape == null ? -1 : shape.number(page),
                template,
                published,
                counted,
                records() ? numbers(read) : null);
        if (records()) outputs.put(file, kept);
        return kept;
    }

    private BitSet numbers(Map<Page, EnumSet<Part>> read) {
        BitSet out = new BitSet();
        for (Map.Entry<Page, EnumSet<Part>> e : read.entrySet()) {
            int n = shape.number(e.getKey());
            if (n < 0) return null;
            e.getValue().forEach(part -> out.set(bit(n, part)));
        }
        return out;
    }

    /**
     * The assets/ folders this build publishes: those its templates asked for and, in a rebuild, those the outputs
     * it kept asked for (remembered for the next build; {@link #NONE} is shared and remembers nothing).
     */
    Set<String> usedFolders(List<String> askedFor) {
        if (!records()) return new TreeSet<>(askedFor);
        usedFolders.addAll(askedFor);
        return new TreeSet<>(usedFolders);
    }

    /** What the next build may reuse of this one, once it succeeded. */
    LastBuild next(SiteConfig config, LastBuild.Content content, RenderedPages rendered) {
        List<FrontMatter> sources = new ArrayList<>();
        List<Rendered> texts = new ArrayList<>();
        for (Page p : shape.pages()) {
            sources.add(p.source() == null ? null : p.source().frontMatter());
            texts.add(rendered.of(p));
        }
        return new LastBuild(config, content, shape, sources, texts, Map.copyOf(outputs), List.copyOf(usedFolders));
    }
}
