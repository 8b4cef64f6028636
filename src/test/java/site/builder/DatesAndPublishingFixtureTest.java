package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.content.Page;

/** Front matter dates, the time zone, dates in file names and what is published; values are Hugo 0.111.3's. */
class DatesAndPublishingFixtureTest {
    private static final DateTimeFormatter GO_RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    @TempDir
    Path dir;

    @Test
    void datesTakeTheSiteTimeZoneAndTheFileNameDateAndOnlyPublishedPagesAreWritten() {
        SiteFixture.Built site = SiteFixture.of("""
                -- hugo.toml --
                baseURL = "https://example.org/"
                timeZone = "Asia/Seoul"
                [frontmatter]
                date = [":filename", ":default"]
                -- content/posts/local.md --
                ---
                title: Local
                date: 2024-03-01T09:30:00
                lastmod: 2024-04-01
                ---
                -- content/posts/offset.md --
                ---
                title: Offset
                date: 2024-03-03T09:30:00+01:00
                ---
                -- content/posts/spaced.md --
                ---
                title: Spaced
                date: "2024-03-05 10:00:00"
                ---
                -- content/posts/2024-01-05-hello.md --
                ---
                title: Hello
                ---
                -- content/posts/2024-01-06-both.md --
                ---
                title: Both
                date: 2023-12-31T00:00:00Z
                ---
                -- content/posts/draft.md --
                ---
                title: Draft
                draft: true
                ---
                -- content/posts/future.md --
                ---
                title: Future
                date: 2099-01-01
                ---
                -- content/posts/expired.md --
                ---
                title: Expired
                expiryDate: 2020-01-01
                ---
                -- content/posts/later.md --
                ---
                title: Later
                date: 2020-01-01
                publishDate: 2099-01-01
                ---
                -- content/posts/soon.md --
                ---
                title: Soon
                date: soon
                publishDate: 2024-05-06
                ---
                """).build(dir);
        Set<String> posts = new TreeSet<>(site.pageFiles());
        posts.removeIf(f -> !f.startsWith("posts/"));
        assertEquals(
                Set.of(
                        "posts/index.html",
                        "posts/local/index.html",
                        "posts/offset/index.html",
                        "posts/spaced/index.html",
                        "posts/hello/index.html",
                        "posts/both/index.html",
                        "posts/soon/index.html"),
                posts,
                "no draft, future, expired or later-published page");
        assertDates(
                site.page("posts/local.md"),
                "2024-03-01T09:30:00+09:00",
                "2024-04-01T00:00:00+09:00",
                "2024-03-01T09:30:00+09:00");
        assertDates(
                site.page("posts/offset.md"),
                "2024-03-03T09:30:00+01:00",
                "2024-03-03T09:30:00+01:00",
                "2024-03-03T09:30:00+01:00");
        assertDates(
                site.page("posts/spaced.md"),
                "2024-03-05T10:00:00+09:00",
                "2024-03-05T10:00:00+09:00",
                "2024-03-05T10:00:00+09:00");
        assertDates(
                site.page("posts/2024-01-05-hello.md"),
                "2024-01-05T00:00:00+09:00",
                "0001-01-01T00:00:00Z",
                "0001-01-01T00:00:00Z");
        assertDates(
                site.page("posts/2024-01-06-both.md"),
                "2024-01-06T00:00:00+09:00",
                "2023-12-31T00:00:00Z",
                "2023-12-31T00:00:00Z");
        assertDates(
                site.page("posts/soon.md"),
                "2024-05-06T00:00:00+09:00",
                "2024-05-06T00:00:00+09:00",
                "2024-05-06T00:00:00+09:00");
        assertEquals(
                List.of("hello", "both", ""),
                List.of(
                        site.page("posts/2024-01-05-hello.md").meta().slug(),
                        site.page("posts/2024-01-06-both.md").meta().slug(),
                        site.page("posts/local.md").meta().slug()),
                "a date in the file name gives the rest as slug");
    }

    private static void assertDates(Page page, String date, String lastmod, String publishDate) {
        assertEquals(
                List.of(date, lastmod, publishDate),
                List.of(
                        go(page.date()),
                        go(page.lastmod()),
                        go(page.meta().dates().publishDate())),
                page.filePath());
    }

    /** Go's RFC 3339 form, the zero time where there is no date. */
    private static String go(ZonedDateTime t) {
        return t == null ? "0001-01-01T00:00:00Z" : GO_RFC3339.format(t);
    }
}
