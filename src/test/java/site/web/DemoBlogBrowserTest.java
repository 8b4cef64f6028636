package site.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import site.testsupport.Browser;
import site.testsupport.ServedBlog;

/**
 * The demo blog (the repository root) served as in production, nginx in front of `site api`, with one headless
 * browser; each test class gets its own (test classes run one after another).
 */
abstract class DemoBlogBrowserTest {
    static ServedBlog blog;
    static ChromeDriver browser;

    @BeforeAll
    static void serve() throws Exception {
        blog = ServedBlog.start(Path.of("."));
        browser = Browser.open();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (blog != null) blog.close();
        browser = null;
        blog = null;
    }
}
