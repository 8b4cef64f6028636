package site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import site.testsupport.Browser;

/** axe-core (Deque's, bundled in its Selenium jar) on every page kind of the demo blog, light and dark. */
class AccessibilityIT extends DemoBlogBrowserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "posts/",
                "posts/kubernetes-basics/",
                "tags/",
                "tags/kubernetes/",
                "archives/",
                "search/",
                "board/",
                "about/",
                "no-such-page/"
            })
    void noSeriousOrCriticalViolations(String page) {
        List<String> found = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            browser.get(blog.baseURL());
            browser.executeScript("localStorage.setItem('pref-theme', arguments[0])", theme);
            browser.get(blog.baseURL() + page);
            if (page.startsWith("posts/kubernetes")) {
                Browser.waiting(browser)
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#comments .comment-form")));
            }
            if (page.equals("board/")) {
                Browser.waiting(browser)
                        .until(d -> !d.findElement(By.cssSelector(".board-status"))
                                        .getText()
                                        .isEmpty()
                                || !d.findElements(By.cssSelector(".board-list"))
                                        .isEmpty());
            }
            Results results = new AxeBuilder().analyze(browser);
            for (Rule rule : results.getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    rule.getNodes()
                            .forEach(node -> found.add(theme + " " + rule.getId() + " (" + rule.getImpact() + "): "
                                    + node.getTarget() + " " + node.getFailureSummary()));
                }
            }
        }
        assertEquals(List.of(), found, "/" + page);
    }
}
