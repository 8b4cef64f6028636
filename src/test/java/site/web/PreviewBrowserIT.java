package site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;
import site.builder.serve.Preview;
import site.builder.serve.PreviewOptions;
import site.testsupport.Browser;

/** `site serve`'s live reload in Chromium: edits on disk show in the open page without anyone reloading it. */
class PreviewBrowserIT {
    @TempDir
    Path dir;

    private Preview preview;
    private ChromeDriver browser;

    private TestSites start() {
        return start(PreviewOptions.local(0), "https://example.org/");
    }

    private TestSites start(PreviewOptions options, String baseURL) {
        TestSites site = TestSites.in(dir)
                .file("hugo.toml", "baseURL = \"" + baseURL + "\"\ntitle = \"Test\"\n")
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nThe first text\n")
                .file("content/posts/other.md", "---\ntitle: Other\ndate: 2024-01-02\n---\nAnother page\n")
                .file("assets/css/extended/custom.css", ".post-content { color: rgb(1, 2, 3); }\n");
        preview = Preview.start(
                new SiteBuilder(Clock.systemUTC(), null), BuildOptions.defaults(dir), options, line -> {});
        browser = Browser.open();
        browser.get(preview.url() + "posts/hello/");
        // set on this page load only: still there afterwards means the page was not reloaded
        browser.executeScript("window.siteTestMarker = 'same page';");
        Browser.waiting(browser).until(d -> "open".equals(browser.executeScript("return window.__siteLiveReload;")));
        return site;
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (preview != null) preview.close();
    }

    private String content() {
        return browser.findElement(By.cssSelector(".post-content")).getText();
    }

    @Test
    void aMarkdownEditShowsInTheOpenPage() {
        TestSites site = start();
        assertEquals("The first text", content());
        site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nThe second text\n");
        Browser.waiting(browser).until(d -> content().equals("The second text"));
    }

    @Test
    void aStylesheetEditRestylesThePageWithoutReloadingIt() {
        TestSites site = start();
        assertEquals(
                "rgba(1, 2, 3, 1)",
                browser.findElement(By.cssSelector(".post-content")).getCssValue("color"));
        site.file("assets/css/extended/custom.css", ".post-content { color: rgb(200, 10, 20); }\n");
        Browser.waiting(browser)
                .until(d -> "rgba(200, 10, 20, 1)"
                        .equals(browser.findElement(By.cssSelector(".post-content"))
                                .getCssValue("color")));
        assertEquals("same page", browser.executeScript("return window.siteTestMarker;"));
    }

    @Test
    void aFailedBuildShowsItsErrorsOverThePageUntilTheNextGoodBuild() {
        TestSites site = start();
        site.file("content/posts/hello.md", "---\ntitle: [\n---\nBroken\n");
        Browser.waiting(browser)
                .until(d -> !d.findElements(By.id("site-build-errors")).isEmpty());
        String overlay = browser.findElement(By.id("site-build-errors")).getText();
        assertTrue(overlay.contains("content/posts/hello.md:2: invalid YAML"), overlay);
        assertEquals("The first text", content(), "the last good page stays under the overlay");
        site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nFixed text\n");
        Browser.waiting(browser)
                .until(d -> d.findElements(By.id("site-build-errors")).isEmpty()
                        && content().equals("Fixed text"));
    }

    @Test
    void withNavigateToChangedEditingAnotherPageMovesTheBrowserThere() {
        TestSites site = start(PreviewOptions.local(0).withLiveReload(true, true), "https://example.org/");
        site.file("content/posts/other.md", "---\ntitle: Other\ndate: 2024-01-02\n---\nEdited elsewhere\n");
        Browser.waiting(browser).until(d -> d.getCurrentUrl().equals(preview.url() + "posts/other/"));
        Browser.waiting(browser).until(d -> content().equals("Edited elsewhere"));
    }

    @Test
    void underABaseURLPathTheOpenPageStillFollowsEdits() {
        TestSites site = start(PreviewOptions.local(0), "https://example.org/blog/");
        assertTrue(preview.url().endsWith("/blog/"), preview.url());
        assertEquals("The first text", content());
        site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nUnder the path\n");
        Browser.waiting(browser).until(d -> content().equals("Under the path"));
    }

    @Test
    void withBrowserErrorsOffAFailedBuildShowsNothingOverThePage() throws Exception {
        TestSites site = start(PreviewOptions.local(0).withBrowserErrors(false), "https://example.org/");
        java.util.concurrent.CountDownLatch failed = new java.util.concurrent.CountDownLatch(1);
        preview.listen(event -> {
            if (event.startsWith("event: failed")) failed.countDown();
        });
        site.file("content/posts/hello.md", "---\ntitle: [\n---\nBroken\n");
        assertTrue(failed.await(30, java.util.concurrent.TimeUnit.SECONDS), "the build failed and was announced");
        Thread.sleep(500); // the page has had the event
        assertTrue(browser.findElements(By.id("site-build-errors")).isEmpty(), "no overlay");
        site.file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\n---\nFixed text\n");
        Browser.waiting(browser).until(d -> content().equals("Fixed text"));
    }
}
