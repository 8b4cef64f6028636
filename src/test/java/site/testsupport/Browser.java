package site.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven through chromedriver (Selenium); never a downloaded browser or driver. */
public final class Browser {
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension MOBILE = new Dimension(390, 844);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private Browser() {}

    /** A new headless browser at desktop size; quit it when done. */
    public static ChromeDriver open() {
        RealComponent.require(
                "chromium", Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is missing (Debian chromium)");
        RealComponent.require(
                "chromedriver", Files.isExecutable(Path.of(DRIVER)), DRIVER + " is missing (Debian chromium-driver)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-dev-shm-usage",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--force-device-scale-factor=1",
                        "--lang=ko-KR",
                        // the theme's smooth scrolling would move elements while WebDriver clicks them
                        "--force-prefers-reduced-motion",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Lets the page's origin read and write the clipboard (Chromium asks the user otherwise). */
    public static void allowClipboard(ChromeDriver driver, String origin) {
        driver.executeCdpCommand(
                "Browser.grantPermissions",
                Map.of("origin", origin, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    public static WebDriverWait waiting(ChromeDriver driver) {
        // A widget re-rendering its list mid-check leaves stale elements; check again instead of failing.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves the viewport as target/screenshots/NAME.png. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path file = Files.createDirectories(Path.of("target/screenshots")).resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
