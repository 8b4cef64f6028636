package site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import site.testsupport.Browser;

/** The comments widget on the demo blog, through nginx to the real `site api`. */
class CommentsBrowserIT extends DemoBlogBrowserTest {
    private static final String POST = "posts/hello-world/";

    private void open(String page) {
        browser.get(blog.baseURL() + page);
        Browser.waiting(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comments .comment-form")));
    }

    private WebElement post(String author, String text) {
        WebElement form = browser.findElement(By.cssSelector("#comments .comment-form"));
        WebElement name = form.findElement(By.name("author"));
        if (name.isDisplayed()) {
            name.clear();
            name.sendKeys(author);
        }
        form.findElement(By.name("text")).sendKeys(text);
        int before = browser.findElements(By.cssSelector("#comments .comment")).size();
        WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
        submit.click();
        Browser.waiting(browser)
                .until(d -> d.findElements(By.cssSelector("#comments .comment")).size() > before);
        List<WebElement> all = browser.findElements(By.cssSelector("#comments .comment"));
        return all.stream()
                .filter(c -> c.getText().contains(author))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private List<String> texts() {
        return browser.findElements(By.cssSelector("#comments .comment-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void aPostedCommentAppearsInTheThreadAndSurvivesAReload() {
        open(POST);
        post("독자", "좋은 글 **감사합니다**");
        assertTrue(texts().contains("좋은 글 감사합니다"), texts().toString());
        open(POST);
        Browser.waiting(browser).until(d -> texts().contains("좋은 글 감사합니다"));
        WebElement strong = browser.findElement(By.cssSelector("#comments .comment-text strong"));
        assertEquals("감사합니다", strong.getText());
        Browser.screenshot(browser, "comments-light-desktop");
    }

    @Test
    void aReplyNestsUnderItsParent() {
        open("posts/kubernetes-basics/");
        WebElement parent = post("질문자", "파드는 몇 개까지?");
        parent.findElement(By.cssSelector(".comment-reply")).click();
        assertTrue(browser.findElement(By.cssSelector(".comment-replying"))
                .getText()
                .contains("질문자"));
        WebElement reply = post("답변자", "노드 자원만큼요");
        assertEquals("comment-replies", reply.findElement(By.xpath("..")).getAttribute("class"));
        open("posts/kubernetes-basics/");
        Browser.waiting(browser)
                .until(d -> d.findElements(By.cssSelector("#comments .comment-replies .comment"))
                                .size()
                        == 1);
        WebElement nested = browser.findElement(By.cssSelector("#comments .comment-replies .comment"));
        assertTrue(nested.getText().contains("노드 자원만큼요"), nested.getText());
    }

    @Test
    void aScriptInACommentShowsAsTextAndRunsNothing() {
        open(POST);
        String hostile = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";
        WebElement comment = post("<b>해커</b>", hostile);
        assertTrue(comment.getText().contains("<script>window.__xss = 1</script>"), comment.getText());
        assertTrue(comment.getText().contains("<b>해커</b>"), comment.getText());
        open(POST);
        Browser.waiting(browser).until(d -> texts().stream().anyMatch(t -> t.contains("<script>")));
        assertNull(browser.executeScript("return window.__xss"));
        assertTrue(browser.findElements(By.cssSelector("#comments .comment-text script, #comments .comment-text img"))
                .isEmpty());
    }

    @Test
    void theAuthorCanEditAndDeleteTheirCommentWithinTheEditWindow() {
        open("posts/toml-front-matter/");
        WebElement comment = post("작성자", "오타가 있는 댓글");
        comment.findElement(By.cssSelector(".comment-edit")).click();
        WebElement area = comment.findElement(By.cssSelector(".comment-edit-text"));
        assertEquals("오타가 있는 댓글", area.getAttribute("value"));
        area.clear();
        area.sendKeys("고친 댓글");
        comment.findElement(By.cssSelector(".comment-save")).click();
        Browser.waiting(browser).until(d -> texts().contains("고친 댓글"));
        open("posts/toml-front-matter/");
        Browser.waiting(browser).until(d -> texts().contains("고친 댓글"));
        WebElement reloaded = browser.findElement(By.cssSelector("#comments .comment"));
        reloaded.findElement(By.cssSelector(".comment-delete")).click();
        browser.switchTo().alert().accept();
        Browser.waiting(browser).until(d -> texts().isEmpty());
        open("posts/toml-front-matter/");
        Browser.waiting(browser)
                .until(ExpectedConditions.textToBe(By.cssSelector("#comments .comments-status"), "아직 댓글이 없습니다."));
    }

    @Test
    void someoneElseGetsNoEditButtons() {
        open("posts/json-front-matter/");
        post("다른 사람", "남의 댓글");
        browser.executeScript("localStorage.clear()");
        open("posts/json-front-matter/");
        Browser.waiting(browser).until(d -> texts().contains("남의 댓글"));
        assertTrue(browser.findElements(By.cssSelector("#comments .comment-edit, #comments .comment-delete"))
                .isEmpty());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("#comments .comment-reply")).size());
    }
}
