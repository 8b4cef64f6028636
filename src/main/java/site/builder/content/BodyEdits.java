package site.builder.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import site.common.LocatedException;

/**
 * Lets serve's rebuild keep an assembled site when only pages' bodies were edited: a page takes its file's new
 * text when the front matter is the same text and nothing the assembly derived from the file changed (its page
 * meta, which holds the CJK detection made from the body and dates taken from the file's time). Anything else, and
 * the rebuild assembles the site again. Made by {@link SiteAssembler#bodyEdits()}.
 */
public final class BodyEdits {
    /** Reads meta without a log: the front matter is the same, so its warnings are the ones already reported. */
    private final PageMetaReader reader;

    private final Cascade cascade;
    /** When a page enters or leaves the build (publish date, expiry), null when none will. */
    private final ZonedDateTime nextChange;

    BodyEdits(PageMetaReader reader, Cascade cascade, ZonedDateTime nextChange) {
        this.reader = reader;
        this.cascade = cascade;
        this.nextChange = nextChange;
    }

    /** A page and its file's new text, to be put in place once every edit of a batch is known to fit. */
    public record Edit(Page page, SourcePage source) {
        public void apply() {
            page.source(source);
        }
    }

    /** Whether assembling the same files now would put the same pages in the build. */
    public boolean stillCurrent(Clock clock) {
        return nextChange == null || ZonedDateTime.now(clock).isBefore(nextChange);
    }

    /** The edit that gives {@code page} its file's new {@code text}, if that changes nothing but the body. */
    public Optional<Edit> edit(Page page, FrontMatter text) {
        SourcePage old = page.source();
        if (old == null
                || text.bodyLine() != old.frontMatter().bodyLine()
                || !text.source().equals(old.frontMatter().source())) {
            return Optional.empty();
        }
        SourcePage edited = old.withFrontMatter(text);
        try {
            return reader.read(edited, cascade.apply(edited)).equals(page.meta())
                    ? Optional.of(new Edit(page, edited))
                    : Optional.empty();
        } catch (LocatedException e) {
            return Optional.empty();
        }
    }

    /**
     * A content file's text as {@link ContentScanner} reads it, or empty when it cannot be read, does not parse or is
     * not valid UTF-8 (a full build reports those).
     */
    public static Optional<FrontMatter> read(Path file, FrontMatterCache parsed) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            FrontMatter known = parsed.known(file, bytes);
            if (known != null) return Optional.of(known);
            GoUtf8 text = GoUtf8.decode(bytes);
            if (text.firstBadOffset() >= 0) return Optional.empty();
            FrontMatter read = FrontMatter.parse(text.text(), file);
            parsed.remember(file, bytes, read);
            return Optional.of(read);
        } catch (IOException | LocatedException e) {
            return Optional.empty();
        }
    }
}
