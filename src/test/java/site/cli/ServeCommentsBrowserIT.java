package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import picocli.CommandLine;
import site.builder.TestSites;
import site.testsupport.Browser;

/** `site serve` as the CLI wires it, in Chromium: the paper theme's comments widget talks to the preview's /api. */
class ServeCommentsBrowserIT {
    @TempDir
    Path dir;

    private ServeCommand.Serving serving;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (serving != null) serving.close();
    }

    private void open(String url) {
        browser.get(url);
        Browser.waiting(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comments .comment-form")));
    }

    private List<String> texts() {
        return browser.findElements(By.cssSelector("#comments .comment-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void aCommentPostedInThePreviewAppearsOnThePageAndSurvivesAReload() {
        TestSites.in(dir)
                .file("content/posts/hello.md", "---\ntitle: Hello\ndate: 2024-01-01\ncomments: true\n---\nHi\n");
        ServeCommand command = new ServeCommand(Map.of("SITE_BCRYPT_COST", "4"));
        // in memory: H2's file compaction trips its own assertion under -ea, as the API's tests also avoid
        String db = site.api.store.DatabaseConfig.h2Memory("serve_browser_" + System.nanoTime())
                .url();
        new CommandLine(command).parseArgs("-s", dir.toString(), "--port", "0", "--db", db);
        List<String> terminal = new ArrayList<>();
        serving = command.open(terminal::add);
        browser = Browser.open();
        String page = serving.preview().url() + "posts/hello/";
        open(page);
        WebElement form = browser.findElement(By.cssSelector("#comments .comment-form"));
        WebElement author = form.findElement(By.name("author"));
        if (author.isDisplayed()) author.sendKeys("Kim");
        form.findElement(By.name("text")).sendKeys("Written in the **preview**");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.waiting(browser).until(d -> texts().contains("Written in the preview"));
        open(page);
        Browser.waiting(browser).until(d -> texts().contains("Written in the preview"));
        assertEquals(
                "preview",
                browser.findElement(By.cssSelector("#comments .comment-text strong"))
                        .getText());
    }
}
