package site.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A page's DOM after its scripts ran, from headless Chromium's {@code --dump-dom} with a fresh profile (the
 * flags of DESIGN.md's real-components table). Callers first check {@code RealComponent.requireCommand}.
 */
public final class ChromiumDom {
    private ChromiumDom() {}

    /** The DOM of {@code url} in a window {@code width} x {@code height}, after up to 10 s of virtual time. */
    public static Document of(String url, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            Process chromium = new ProcessBuilder(
                            "chromium",
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--user-data-dir=" + profile,
                            "--window-size=" + width + "," + height,
                            "--virtual-time-budget=10000",
                            "--dump-dom",
                            url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(profile.resolve("dom.html").toFile())
                    .start();
            // bounded: a browser that hangs is stopped (by its handle) instead of holding the build
            if (!chromium.waitFor(60, TimeUnit.SECONDS))
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return Jsoup.parse(Files.readString(profile.resolve("dom.html"), StandardCharsets.UTF_8));
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
