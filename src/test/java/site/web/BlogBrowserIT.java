package site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import site.testsupport.Browser;

/** The demo blog's reader features in headless Chromium, served by nginx as in production. */
class BlogBrowserIT extends DemoBlogBrowserTest {
    @BeforeEach
    void freshStorage() {
        browser.get(blog.baseURL());
        browser.executeScript("localStorage.clear()");
    }

    private boolean dark() {
        return (Boolean) browser.executeScript("return document.body.classList.contains('dark')");
    }

    @Test
    void theThemeToggleIsRememberedOnEveryPageAndAppliedBeforeAnythingIsPainted() {
        browser.get(blog.baseURL());
        boolean initial = dark();
        browser.findElement(By.id("theme-toggle")).click();
        assertEquals(!initial, dark());
        for (String page : List.of("posts/", "tags/", "archives/", "search/", "posts/kubernetes-basics/")) {
            browser.get(blog.baseURL() + page);
            assertEquals(!initial, dark(), page);
            // no flash: the script that applies the choice is the body's first element, run before any content exists
            String first = (String) browser.executeScript(
                    "var s = document.body.firstElementChild; return s.tagName + ' ' + s.textContent");
            assertTrue(first.startsWith("SCRIPT") && first.contains("pref-theme"), page + ": " + first);
        }
        browser.findElement(By.id("theme-toggle")).click();
        browser.get(blog.baseURL() + "posts/");
        assertEquals(initial, dark());
    }

    @Test
    void searchFindsAKoreanPostByAPartialWordAndIsKeyboardNavigable() {
        browser.get(blog.baseURL() + "search/");
        WebElement input = browser.findElement(By.id("searchInput"));
        input.sendKeys("쿠버");
        Browser.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#searchResults .entry-link")));
        List<String> titles = browser.findElements(By.cssSelector("#searchResults .entry-header")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(titles.stream().anyMatch(t -> t.contains("쿠버네티스")), titles.toString());
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("entry-link", focused.getAttribute("class"));
        assertTrue(focused.findElement(By.xpath("..")).getAttribute("class").contains("focus"));
        String target = focused.getAttribute("href");
        focused.sendKeys(Keys.ENTER);
        Browser.waiting(browser).until(ExpectedConditions.urlToBe(target));
        browser.navigate().back();
        browser.findElement(By.id("searchInput")).sendKeys(Keys.ESCAPE);
        assertEquals("", browser.findElement(By.id("searchInput")).getAttribute("value"));
    }

    @Test
    void theCodeCopyButtonPutsTheCodeOnTheClipboard() {
        browser.get(blog.baseURL() + "posts/kubernetes-basics/");
        Browser.allowClipboard(browser, blog.baseURL().replaceAll("/$", ""));
        WebElement button = browser.findElement(By.cssSelector(".post-content .copy-code"));
        String code = (String)
                browser.executeScript("return arguments[0].parentNode.querySelector('pre > code').textContent", button);
        // PaperMod's button shows while the pointer is over the code block
        new Actions(browser).moveToElement(button.findElement(By.xpath(".."))).perform();
        button.click();
        Browser.waiting(browser).until(ExpectedConditions.textToBePresentInElement(button, "복사됨!"));
        Object clipboard = ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('error: ' + e))");
        assertEquals(code, clipboard);
        assertTrue(code.length() > 10, code);
    }

    @Test
    void tableOfContentsLinksScrollToTheirHeadings() {
        browser.get(blog.baseURL() + "posts/kubernetes-basics/");
        List<WebElement> links = browser.findElements(By.cssSelector(".toc a[href^='#']"));
        assertTrue(links.size() >= 2, "TOC links: " + links.size());
        WebElement last = links.get(links.size() - 1);
        String id = last.getAttribute("href").replaceAll(".*#", "");
        last.click();
        Browser.waiting(browser)
                .until(d -> ((Number) browser.executeScript("return window.scrollY")).doubleValue() > 0);
        Browser.waiting(browser).until(d -> {
            Number top = (Number) browser.executeScript(
                    "return document.getElementById(decodeURIComponent(arguments[0])).getBoundingClientRect().top", id);
            return Math.abs(top.doubleValue()) < 80;
        });
        assertTrue(browser.getCurrentUrl().endsWith("#" + id), browser.getCurrentUrl());
    }
}
