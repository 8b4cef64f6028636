package site.builder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import site.builder.output.CssMinifier;
import site.builder.output.JsMinifier;
import site.builder.render.AssetBundle;
import site.builder.render.Theme;

/**
 * The theme's bundles, as PaperMod builds them with Hugo Pipes: one stylesheet of the theme's
 * {@code assets/css/*.css} then the site's {@code assets/css/extended/*.css} (each in file name order), and one
 * script per {@code assets/js/NAME.js}; minified with --minify, fingerprinted with SHA-256 (unless the site sets
 * PaperMod's {@code params.assets.disableFingerprinting}: then a plain name and no integrity value). A site file at the
 * same path as a theme file ({@code assets/css/paper.css}) replaces it, as Hugo's assets folders do.
 */
final class ThemeBundles {
    static final String STYLESHEET = "stylesheet";

    private ThemeBundles() {}

    /** The bundles by name: "stylesheet", and each script by its file name without ".js" ("search"). */
    static Map<String, AssetBundle> of(Theme theme, Path siteAssets, boolean minify, boolean fingerprint) {
        Map<String, byte[]> files = themeFiles(theme);
        files.putAll(read(siteAssets));
        Map<String, AssetBundle> out = new LinkedHashMap<>();
        String css = Stream.concat(matching(files, "css/", ".css"), matching(files, "css/extended/", ".css"))
                .collect(Collectors.joining("\n"));
        if (!css.isEmpty())
            out.put(
                    STYLESHEET,
                    bundle("assets/css/stylesheet", ".css", css, minify ? CssMinifier::minify : s -> s, fingerprint));
        files.forEach((path, bytes) -> {
            if (path.startsWith("js/") && path.endsWith(".js") && path.indexOf('/', 3) < 0) {
                String name = path.substring(3, path.length() - 3);
                out.put(
                        name,
                        bundle(
                                "assets/js/" + name,
                                ".js",
                                text(bytes),
                                minify ? JsMinifier::minify : s -> s,
                                fingerprint));
            }
        });
        return out;
    }

    /** The files directly in {@code folder} with {@code suffix}, in name order. */
    private static Stream<String> matching(Map<String, byte[]> files, String folder, String suffix) {
        return files.entrySet().stream()
                .filter(e -> e.getKey().startsWith(folder)
                        && e.getKey().endsWith(suffix)
                        && e.getKey().indexOf('/', folder.length()) < 0)
                .map(e -> text(e.getValue()).strip());
    }

    private static AssetBundle bundle(
            String base, String suffix, String source, UnaryOperator<String> minify, boolean fingerprint) {
        byte[] bytes = minify.apply(source).getBytes(StandardCharsets.UTF_8);
        if (!fingerprint) return new AssetBundle(base + suffix, bytes, "");
        byte[] sha = sha256(bytes);
        return new AssetBundle(
                base + "." + HexFormat.of().formatHex(sha) + suffix,
                bytes,
                "sha256-" + Base64.getEncoder().encodeToString(sha));
    }

    private static Map<String, byte[]> themeFiles(Theme theme) {
        Map<String, byte[]> files = new TreeMap<>();
        if (theme.bundledAssets() != null) {
            // only css/ and js/: other asset folders (vendor/) are published on demand, never bundled
            for (String folder : new String[] {"css", "js"}) {
                BundledFiles.read(theme.bundledAssets() + "/" + folder)
                        .forEach((path, bytes) -> files.put(folder + "/" + path, bytes));
            }
        }
        files.putAll(read(theme.assetsDir()));
        return files;
    }

    /**
     * The files below {@code dir}'s css/ and js/ folders by '/'-separated relative path. Symbolic links are not
     * followed, as for static files: a link must not publish a file from elsewhere inside a bundle.
     */
    private static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        if (dir == null) return out;
        for (String folder : new String[] {"css", "js"}) {
            Path sub = dir.resolve(folder);
            if (Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
                AssetFolders.walk(sub).forEach((path, bytes) -> out.put(folder + "/" + path, bytes));
            }
        }
        return out;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
