package site.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import site.testsupport.Browser;
import site.testsupport.ImageSimilarity;
import site.testsupport.StaticFileServer;

/**
 * Screenshots of the PaperMod fixture sites built by Hugo + PaperMod and by `site build` with `paper`, page kind by
 * page kind, light and dark, desktop and mobile, scored with {@link ImageSimilarity}. Run by
 * scripts/compare-papermod-screenshots.sh (PaperMod is not in the repository); prints a Markdown table.
 * Arguments: the folder holding each fixture copy with its themes/PaperMod link, and the output folder.
 */
public final class PaperModScreenshots {
    record Shot(String fixture, String kind, String path) {}

    private static final List<Shot> SHOTS = List.of(
            new Shot("papermod-profile", "home (profile)", ""),
            new Shot("papermod-profile", "list", "posts/"),
            new Shot("papermod-profile", "single with TOC and code", "posts/kubernetes-intro/"),
            new Shot("papermod-profile", "search", "search/"),
            new Shot("papermod-profile", "archives", "archives/"),
            new Shot("papermod-profile", "taxonomy", "tags/"),
            new Shot("papermod-profile", "term", "tags/%EC%9E%90%EB%B0%94/"),
            new Shot("papermod-list", "home (list)", ""),
            new Shot("papermod-homeinfo", "home (homeInfoParams)", ""));

    private PaperModScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath(), out = Files.createDirectories(Path.of(args[1]));
        ChromeDriver browser = Browser.open();
        try {
            System.out.println("| fixture | page | light, desktop | dark, desktop | light, mobile | dark, mobile |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            String current = null;
            StaticFileServer hugo = null, site = null;
            for (Shot shot : SHOTS) {
                if (!shot.fixture().equals(current)) {
                    if (hugo != null) {
                        hugo.close();
                        site.close();
                    }
                    current = shot.fixture();
                    Path hugoOut = Files.createDirectories(work.resolve(current + "-hugo")),
                            siteOut = Files.createDirectories(work.resolve(current + "-site"));
                    hugo = StaticFileServer.start(hugoOut);
                    site = StaticFileServer.start(siteOut);
                    run(
                            work,
                            "hugo",
                            "--quiet",
                            "-s",
                            work.resolve(current).toString(),
                            "-d",
                            hugoOut.toString(),
                            "-b",
                            hugo.baseURL());
                    run(
                            work,
                            "java",
                            "-jar",
                            Path.of("target/site.jar").toAbsolutePath().toString(),
                            "build",
                            "-s",
                            work.resolve(current).toString(),
                            "-d",
                            siteOut.toString(),
                            "-b",
                            site.baseURL());
                }
                StringBuilder row = new StringBuilder("| " + shot.fixture() + " | " + shot.kind() + " |");
                for (Dimension size : List.of(Browser.DESKTOP, Browser.MOBILE)) {
                    browser.manage().window().setSize(size);
                    for (String theme : List.of("light", "dark")) {
                        String name = (shot.fixture() + "-" + shot.kind() + "-" + theme + "-" + size.getWidth())
                                .replaceAll("[^a-zA-Z0-9-]+", "_");
                        BufferedImage reference =
                                shoot(browser, hugo.baseURL(), shot.path(), theme, out.resolve(name + "-papermod.png"));
                        BufferedImage ours =
                                shoot(browser, site.baseURL(), shot.path(), theme, out.resolve(name + "-paper.png"));
                        row.append(
                                String.format(Locale.ROOT, " %.1f%% |", 100 * ImageSimilarity.score(reference, ours)));
                    }
                }
                System.out.println(row);
            }
            if (hugo != null) {
                hugo.close();
                site.close();
            }
        } finally {
            browser.quit();
        }
    }

    private static BufferedImage shoot(ChromeDriver browser, String base, String path, String theme, Path file)
            throws IOException, InterruptedException {
        browser.get(base);
        browser.executeScript("localStorage.setItem('pref-theme', arguments[0])", theme);
        browser.get(base + path);
        browser.executeScript("document.activeElement && document.activeElement.blur()");
        awaitVisibleImages(browser);
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
        return ImageIO.read(file.toFile());
    }

    /** Lazy images (the fixtures' are broken on purpose) settle after the load event; shoot both sides settled. */
    private static void awaitVisibleImages(ChromeDriver browser) throws InterruptedException {
        String settled = "return Array.from(document.images).filter(i => i.getBoundingClientRect().top < innerHeight)"
                + ".every(i => i.complete)";
        for (int i = 0; i < 30 && !Boolean.TRUE.equals(browser.executeScript(settled)); i++) Thread.sleep(100);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
