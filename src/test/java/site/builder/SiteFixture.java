package site.builder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import site.builder.config.BuildOptions;
import site.builder.content.Page;
import site.builder.output.MemorySink;

/**
 * A whole small site written inline as one text, the way Hugo's own tests write theirs: a line
 * {@code -- content/posts/a.md --} starts a file, which runs to the next such line; text before the first one is
 * a comment. The production {@link SiteBuilder} builds it into memory, so content-model rules are checked in the
 * fast suite, without Hugo installed. The expected values in the tests that use it are Hugo 0.111.3's.
 */
public final class SiteFixture {
    private static final Pattern FILE_LINE = Pattern.compile("^-- (\\S.*?) --$");
    /** Before the future: every dated page of a fixture is published. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final Map<String, String> files;

    private SiteFixture(Map<String, String> files) {
        this.files = files;
    }

    /** The files of {@code text}, in order. */
    public static SiteFixture of(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher header = FILE_LINE.matcher(line);
            if (header.matches()) {
                if (name != null) files.put(name, body.toString());
                name = header.group(1);
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) files.put(name, body.toString().replaceFirst("\n$", ""));
        return new SiteFixture(files);
    }

    /** The file names and texts, for a look at what the text parsed into. */
    public Map<String, String> files() {
        return files;
    }

    /** Writes the files into {@code dir} and builds them into memory. */
    public Built build(Path dir) {
        TestSites sources = TestSites.bare(dir);
        files.forEach(sources::file);
        MemorySink out = new MemorySink();
        BuildResult result = new SiteBuilder(CLOCK, null).build(BuildOptions.defaults(dir), config -> out);
        return new Built(result, out);
    }

    /** A built fixture: its output files and its (default language's) pages. */
    public record Built(BuildResult result, MemorySink out) {
        private static final Pattern REFRESH =
                Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"");

        /** Every output file, '/'-separated, relative to the publish folder. */
        public Set<String> files() {
            return out.files().keySet();
        }

        public String text(String file) {
            return out.text(file).orElseThrow(() -> new AssertionError("no file " + file + "; files: " + files()));
        }

        /** The page of a content file ("posts/a.md", "posts/_index.md"). */
        public Page page(String contentPath) {
            return result.site()
                    .byContentPath(contentPath)
                    .orElseThrow(() -> new AssertionError("no page from " + contentPath));
        }

        public String relPermalink(String contentPath) {
            return page(contentPath).relPermalink();
        }

        /** The HTML files that are pages, not redirects: "posts/a/index.html", "404.html". */
        public Set<String> pageFiles() {
            Set<String> pages = new TreeSet<>(files());
            pages.removeIf(f -> !f.endsWith(".html"));
            pages.removeAll(aliases().keySet());
            return pages;
        }

        /** Redirect pages, by the file they are written to, valued by their target. */
        public Map<String, String> aliases() {
            Map<String, String> aliases = new TreeMap<>();
            out.files().forEach((file, bytes) -> {
                if (!file.endsWith(".html")) return;
                Matcher refresh = REFRESH.matcher(new String(bytes, StandardCharsets.UTF_8));
                if (refresh.find()) aliases.put(file, refresh.group(1));
            });
            return aliases;
        }
    }
}
