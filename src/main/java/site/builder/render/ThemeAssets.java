package site.builder.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the theme takes from the site's {@code assets/}: the custom CSS in {@code assets/css/extended/*.css}
 * (PaperMod's convention), in file name order, read once per build.
 */
public record ThemeAssets(String extendedCss) {
    public static final ThemeAssets NONE = new ThemeAssets("");

    public static ThemeAssets load(Path siteDir) {
        if (siteDir == null) return NONE;
        Path dir = siteDir.resolve("assets/css/extended");
        if (!Files.isDirectory(dir)) return NONE;
        try (Stream<Path> files = Files.list(dir)) {
            return new ThemeAssets(files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted()
                    .map(ThemeAssets::read).collect(Collectors.joining("\n")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
