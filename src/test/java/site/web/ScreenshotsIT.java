package site.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import site.testsupport.Browser;
import site.testsupport.ImageSimilarity;

/**
 * Screenshots of every page kind of the demo blog, light and dark, desktop and mobile, as PNG under
 * target/screenshots (for looking at beside Hugo + PaperMod's; scripts/compare-papermod-screenshots.sh scores them).
 */
class ScreenshotsIT extends DemoBlogBrowserTest {
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "");
        PAGES.put("list", "posts/");
        PAGES.put("single", "posts/kubernetes-basics/");
        PAGES.put("search", "search/?q=쿠버");
        PAGES.put("archives", "archives/");
        PAGES.put("board", "board/");
        PAGES.put("tags", "tags/");
    }

    @Test
    void everyPageKindInBothThemesAtBothWidths() throws IOException {
        for (var size :
                Map.of("desktop", Browser.DESKTOP, "mobile", Browser.MOBILE).entrySet()) {
            browser.manage().window().setSize(size.getValue());
            for (String theme : new String[] {"light", "dark"}) {
                for (var page : PAGES.entrySet()) {
                    Path file = shoot(page.getValue(), theme, page.getKey() + "-" + theme + "-" + size.getKey());
                    BufferedImage image = ImageIO.read(file.toFile());
                    Dimension viewport = size.getValue();
                    assertTrue(
                            image.getWidth() <= viewport.getWidth() && image.getWidth() >= viewport.getWidth() - 20,
                            file.toString());
                    double ink = ImageSimilarity.inkShare(image);
                    assertTrue(ink > 0.01, file + " is almost blank: " + ink);
                    double brightness = ImageSimilarity.meanGrey(image);
                    assertTrue(
                            theme.equals("dark") ? brightness < 100 : brightness > 150,
                            file + " brightness " + brightness);
                }
            }
        }
        browser.manage().window().setSize(Browser.DESKTOP);
    }

    private Path shoot(String page, String theme, String name) {
        browser.get(blog.baseURL());
        browser.executeScript("localStorage.setItem('pref-theme', arguments[0])", theme);
        browser.get(blog.baseURL() + page);
        if (page.startsWith("search")) {
            Browser.waiting(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#searchResults .entry-link")));
        }
        if (page.startsWith("board")) {
            Browser.waiting(browser)
                    .until(d -> !d.findElement(By.cssSelector(".board-status"))
                                    .getText()
                                    .isEmpty()
                            || !d.findElements(By.cssSelector(".board-list")).isEmpty());
        }
        browser.executeScript("document.activeElement && document.activeElement.blur()");
        return Browser.screenshot(browser, name);
    }
}
