package site.builder.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import site.builder.config.DataFormat;

/**
 * What the theme takes from the site's files, read once per build: the custom CSS in
 * {@code assets/css/extended/*.css} (PaperMod's convention, in file name order), and the site's translations
 * of the theme's strings from {@code i18n/LANG.toml|yaml|yml|json} (Hugo's i18n files; id to text, or to a
 * table whose {@code other} is the text).
 */
public record ThemeAssets(String extendedCss, Map<String, String> strings) {
    public static final ThemeAssets NONE = new ThemeAssets("", Map.of());

    /** {@code languages}: the site's language codes, most specific first ("ko-kr", "ko"). */
    public static ThemeAssets load(Path siteDir, List<String> languages) {
        if (siteDir == null) return NONE;
        return new ThemeAssets(
                extendedCss(siteDir.resolve("assets/css/extended")), strings(siteDir.resolve("i18n"), languages));
    }

    private static String extendedCss(Path dir) {
        if (!Files.isDirectory(dir)) return "";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".css"))
                    .sorted()
                    .map(ThemeAssets::read)
                    .collect(Collectors.joining("\n"))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Map<String, String> strings(Path dir, List<String> languages) {
        for (String lang : languages) {
            for (String ext : List.of("toml", "yaml", "yml", "json")) {
                Path file = dir.resolve(lang.toLowerCase(Locale.ROOT) + "." + ext);
                if (Files.isRegularFile(file))
                    return texts(DataFormat.ofFile(file).orElseThrow().parse(read(file), file, 1));
            }
        }
        return Map.of();
    }

    private static Map<String, String> texts(Map<String, Object> parsed) {
        Map<String, String> out = new LinkedHashMap<>();
        parsed.forEach((id, v) -> {
            Object text = v instanceof Map<?, ?> m ? m.get("other") : v;
            if (text != null) out.put(id, String.valueOf(text));
        });
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
