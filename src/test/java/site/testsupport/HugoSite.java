package site.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A built site as the differential tests see it: page dumps keyed by the URL path they were written at
 * ("/posts/x/", "/posts/page/2/", "/404.html", "/posts/x.html" with uglyURLs) and every output file.
 * Keys are output paths, not encoded: "/posts/안녕하세요/" where the dump's relPermalink is percent-encoded.
 * Hugo's side comes from {@link #read}, ours from {@link #loadDumpDir}; both give the same shape.
 * {@code duplicateTargets} are paths several pages were rendered to; Hugo writes them in a race (the winner
 * varies between runs, and the file can even be two dumps interleaved), so they are left out of pages.
 */
public record HugoSite(Path outDir, Map<String, JsonNode> pages, Set<String> files, Set<String> duplicateTargets) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFRESH = Pattern.compile("<meta http-equiv=\"refresh\" content=\"0; url=([^\"]*)\"");

    /** Reads Hugo's output: every .html file that is a JSON dump (our theme's output) is a page. */
    public static HugoSite read(Path outDir, Set<String> duplicateTargets) throws IOException {
        Set<String> files = listFiles(outDir);
        Map<String, JsonNode> pages = new TreeMap<>();
        for (String file : files) {
            if (!file.endsWith(".html") || duplicateTargets.contains(urlPathOf(file))) continue;
            String text = Files.readString(outDir.resolve(file), StandardCharsets.UTF_8);
            if (text.stripLeading().startsWith("{")) pages.put(urlPathOf(file), parse(file, text));
        }
        return new HugoSite(outDir, Collections.unmodifiableMap(pages), files, Set.copyOf(duplicateTargets));
    }

    /** Reads Hugo's output when no paths were written twice. */
    public static HugoSite read(Path outDir) throws IOException {
        return read(outDir, Set.of());
    }

    /**
     * Reads a `site build --dump-pages DIR` tree, which mirrors the output paths: the page written to
     * posts/x/index.html dumps to DIR/posts/x/page.json (key "/posts/x/"), the home page to DIR/page.json ("/"),
     * and a page written to any other file name F (404.html, uglyURLs posts/x.html) to DIR/F.json ("/F").
     */
    public static HugoSite loadDumpDir(Path dumpDir) throws IOException {
        Set<String> files = listFiles(dumpDir);
        Map<String, JsonNode> pages = new TreeMap<>();
        for (String file : files) {
            String key = dumpKeyOf(file);
            if (key == null) continue;
            pages.put(key, parse(file, Files.readString(dumpDir.resolve(file), StandardCharsets.UTF_8)));
        }
        return new HugoSite(dumpDir, Collections.unmodifiableMap(pages), files, Set.of());
    }

    private static String dumpKeyOf(String file) {
        if (file.equals("page.json")) return "/";
        if (file.endsWith("/page.json")) return "/" + file.substring(0, file.length() - "page.json".length());
        if (file.endsWith(".html.json")) return "/" + file.substring(0, file.length() - ".json".length());
        return null;
    }

    /** The dump at a URL path, failing with the known paths when there is none. */
    public JsonNode page(String urlPath) {
        JsonNode page = pages.get(urlPath);
        if (page == null) throw new AssertionError("no page at " + urlPath + "; pages: " + pages.keySet());
        return page;
    }

    /** An output file's text, by its '/'-separated path relative to the output dir. */
    public String text(String file) {
        try {
            return Files.readString(outDir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of an RSS feed such as "index.xml" or "posts/index.xml", in document order. */
    public List<RssItem> rss(String feedFile) {
        return RssItem.parseAll(text(feedFile));
    }

    /** The entries of sitemap.xml, in document order. */
    public List<SitemapEntry> sitemap() {
        return SitemapEntry.parseAll(text("sitemap.xml"));
    }

    /** Alias pages (Hugo's meta-refresh redirects) keyed by the URL path they sit at, valued by their target. */
    public Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String file : files) {
            if (!file.endsWith(".html")) continue;
            Matcher m = REFRESH.matcher(text(file));
            if (m.find()) aliases.put(urlPathOf(file), m.group(1));
        }
        return aliases;
    }

    /** "posts/x/index.html" is served at "/posts/x/", any other file at its own path. */
    static String urlPathOf(String file) {
        if (file.equals("index.html")) return "/";
        if (file.endsWith("/index.html")) return "/" + file.substring(0, file.length() - "index.html".length());
        return "/" + file;
    }

    private static JsonNode parse(String file, String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Set<String> listFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            return Collections.unmodifiableSet(files);
        }
    }
}
