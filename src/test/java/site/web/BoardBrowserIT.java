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

/** The demo blog's /board/ page, through nginx to the real `site api`: the whole life of an account and a post. */
class BoardBrowserIT extends DemoBlogBrowserTest {
    private void open(String fragment) {
        browser.get(blog.baseURL() + "board/" + fragment);
    }

    private WebElement form(String css) {
        return Browser.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void fill(WebElement form, String name, String value) {
        WebElement field = form.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private String status() {
        return browser.findElement(By.cssSelector(".board-status")).getText();
    }

    private List<String> listedTitles() {
        return browser.findElements(By.cssSelector(".board-list .board-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void signUpAndLogIn(String user) {
        open("#signup");
        WebElement signup = form(".board-signup-form");
        fill(signup, "username", user);
        fill(signup, "password", "correct horse 9");
        signup.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement login = form(".board-login-form");
        assertEquals("가입했습니다. 로그인하고 글을 써 보세요.", status());
        assertEquals(user, login.findElement(By.name("username")).getAttribute("value"));
        fill(login, "password", "correct horse 9");
        login.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.waiting(browser)
                .until(ExpectedConditions.textToBe(By.cssSelector(".board-user"), user + " 님으로 로그인했습니다"));
    }

    @Test
    void signUpLogInWriteReadEditAndDelete() {
        signUpAndLogIn("writer1");
        browser.findElement(By.cssSelector(".board-write")).click();
        WebElement editor = form(".board-editor");
        fill(editor, "title", "첫 게시글 <script>window.__xss = 1</script>");
        fill(editor, "content", "본문입니다\n<img src=x onerror=\"window.__xss = 2\">");
        editor.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement title = form(".board-post-title");
        assertEquals("첫 게시글 <script>window.__xss = 1</script>", title.getText());
        assertEquals(
                "본문입니다\n<img src=x onerror=\"window.__xss = 2\">",
                browser.findElement(By.cssSelector(".board-content")).getText());
        assertEquals(
                "writer1", browser.findElement(By.cssSelector(".board-author")).getText());
        assertEquals("0", browser.findElement(By.cssSelector(".board-views")).getText(), "writing is not reading");
        assertNull(browser.executeScript("return window.__xss"));
        Browser.screenshot(browser, "board-post-light-desktop");

        browser.findElement(By.cssSelector(".board-edit")).click();
        WebElement edit = form(".board-editor");
        assertEquals(
                "본문입니다\n<img src=x onerror=\"window.__xss = 2\">",
                edit.findElement(By.name("content")).getAttribute("value"));
        fill(edit, "title", "고친 제목");
        edit.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.cssSelector(".board-post-title"), "고친 제목"));

        open("");
        Browser.waiting(browser).until(d -> listedTitles().contains("고친 제목"));
        browser.findElement(By.linkText("고친 제목")).click();
        form(".board-post-title");
        assertEquals("1", browser.findElement(By.cssSelector(".board-views")).getText(), "a read counts a view");
        browser.findElement(By.cssSelector(".board-delete")).click();
        browser.switchTo().alert().accept();
        Browser.waiting(browser).until(d -> !d.getCurrentUrl().contains("post="));
        Browser.waiting(browser).until(d -> !listedTitles().isEmpty() || status().equals("아직 글이 없습니다."));
        assertTrue(!listedTitles().contains("고친 제목"), listedTitles().toString());
    }

    @Test
    void listPagesAndSearches() {
        signUpAndLogIn("writer2");
        for (int i = 1; i <= 12; i++) {
            open("#write");
            WebElement editor = form(".board-editor");
            fill(editor, "title", (i % 3 == 0 ? "쿠버네티스 " : "일기 ") + i);
            fill(editor, "content", "내용 " + i);
            editor.findElement(By.cssSelector("button[type=submit]")).click();
            form(".board-post-title");
        }
        open("");
        Browser.waiting(browser).until(d -> listedTitles().size() == 10);
        assertEquals("쿠버네티스 12", listedTitles().get(0), "newest first");
        assertTrue(browser.findElement(By.cssSelector(".board-page")).getText().startsWith("1 / "));
        browser.findElement(By.cssSelector(".board-pager .next")).click();
        Browser.waiting(browser).until(d -> d.getCurrentUrl().endsWith("#page=1"));
        Browser.waiting(browser)
                .until(d -> !listedTitles().isEmpty() && !listedTitles().contains("쿠버네티스 12"));
        Browser.screenshot(browser, "board-light-desktop");

        WebElement search = browser.findElement(By.cssSelector(".board-search input"));
        search.sendKeys("쿠버");
        browser.findElement(By.cssSelector(".board-search button")).click();
        Browser.waiting(browser)
                .until(d -> listedTitles().equals(List.of("쿠버네티스 12", "쿠버네티스 9", "쿠버네티스 6", "쿠버네티스 3")));
        WebElement again = browser.findElement(By.cssSelector(".board-search input"));
        again.clear();
        again.sendKeys("없는말");
        browser.findElement(By.cssSelector(".board-search button")).click();
        Browser.waiting(browser).until(d -> status().equals("“없는말”에 맞는 글이 없습니다."));
    }

    @Test
    void writingNeedsALoginAndOthersCannotEditYourPost() {
        signUpAndLogIn("owner");
        open("#write");
        WebElement editor = form(".board-editor");
        fill(editor, "title", "주인의 글");
        editor.findElement(By.cssSelector("button[type=submit]")).click();
        form(".board-post-title");
        String postUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(".board-logout")).click();
        Browser.waiting(browser).until(ExpectedConditions.textToBe(By.cssSelector(".board-user"), ""));

        open("#write");
        form(".board-login-form");
        assertEquals("글을 쓰려면 로그인하세요.", status());
        signUpAndLogIn("stranger");
        browser.get(postUrl);
        form(".board-post-title");
        assertTrue(browser.findElements(By.cssSelector(".board-edit, .board-delete"))
                .isEmpty());
    }
}
