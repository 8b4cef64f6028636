package site.builder.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import site.builder.config.DataFormat;

/**
 * The bundled theme's own strings in English and Korean (themes/paper/i18n/en.toml and ko.toml, PaperMod's i18n
 * ids), chosen by the site's language; other languages get English.
 */
public final class ThemeText {
    private static final Map<String, String> EN = bundled("en");
    private static final Map<String, String> KO = bundled("ko");

    private static final Pattern COUNT = Pattern.compile("\\{\\{-?\\s*\\.(Count)?\\s*-?\\}\\}");

    private final Map<String, String> strings;
    private final Map<String, String> site;

    private ThemeText(Map<String, String> strings, Map<String, String> site) {
        this.strings = strings;
        this.site = site;
    }

    /**
     * The strings for a language code such as "ko", "ko-kr" or "en-us", with the site's own i18n texts
     * (ids lower case) taking precedence.
     */
    public static ThemeText forLanguage(String lang, Map<String, String> site) {
        return new ThemeText(lang.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN, site);
    }

    /**
     * The string for a key, with %s / %d filled from args; a site text gets its first argument where it
     * says {@code {{ .Count }}} or {@code {{ . }}}. An unknown key prints as itself.
     */
    public String get(String key, Object... args) {
        String own = site.get(key.toLowerCase(Locale.ROOT));
        if (own != null) {
            return args.length == 0
                    ? own
                    : COUNT.matcher(own).replaceAll(Matcher.quoteReplacement(String.valueOf(args[0])));
        }
        String s = strings.getOrDefault(key, key);
        return args.length == 0 ? s : String.format(Locale.ROOT, s, args);
    }

    /**
     * Every string whose key starts with one of {@code prefixes}, in key order, for a script that fills in its
     * own %s (the site's i18n texts win, as in {@link #get}).
     */
    public SortedMap<String, String> withPrefixes(String... prefixes) {
        SortedMap<String, String> out = new TreeMap<>();
        for (String key : strings.keySet()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) out.put(key, site.getOrDefault(key, strings.get(key)));
            }
        }
        return out;
    }

    private static Map<String, String> bundled(String lang) {
        String name = ThemeResolver.BUNDLED_DIR + "/i18n/" + lang + ".toml";
        try (InputStream in = ThemeText.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + name);
            Map<String, String> out = new LinkedHashMap<>();
            DataFormat.TOML
                    .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(name), 1)
                    .forEach((key, value) -> out.put(key, String.valueOf(value)));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
