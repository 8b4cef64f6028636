package site.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import site.testsupport.Browser;
import site.testsupport.ServedBlog;

/** With the WAS down (nginx answers 502 for /api/), the widgets say so and the static pages still work. */
class ApiDownBrowserIT {
    private static ServedBlog blog;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveWithoutApi() throws Exception {
        blog = ServedBlog.startWithoutApi(Path.of("."));
        browser = Browser.open();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (blog != null) blog.close();
    }

    @Test
    void commentsSayTheyCannotBeReachedAndOfferNoForm() {
        browser.get(blog.baseURL() + "posts/hello-world/");
        Browser.waiting(browser)
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("#comments .comments-status"), "지금은 댓글 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."));
        assertFalse(
                browser.findElement(By.cssSelector("#comments .comment-form")).isDisplayed());
        assertTrue(
                browser.findElement(By.cssSelector(".post-content")).getText().contains("first post"));
    }

    @Test
    void theBoardSaysItCannotBeReached() {
        browser.get(blog.baseURL() + "board/");
        Browser.waiting(browser)
                .until(ExpectedConditions.textToBe(
                        By.cssSelector(".board-status"), "지금은 게시판 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."));
    }
}
