package site.builder.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;

/**
 * Finds and merges a site's configuration the way Hugo 0.111 does: the first of hugo.* / config.* at the
 * site root (or the --config files, later ones winning), then config/_default/ and config/ENVIRONMENT/ (a file
 * named after a key, such as params.toml, goes under that key), then HUGO_* environment variables, then the
 * command line. As in Hugo 0.111.3, HUGO_ENVIRONMENT (or HUGO_ENV) and HUGO_BASEURL win even over -e and -b.
 */
public final class ConfigLoader {
    static final List<String> ROOT_NAMES = List.of(
            "hugo.toml",
            "hugo.yaml",
            "hugo.yml",
            "hugo.json",
            "config.toml",
            "config.yaml",
            "config.yml",
            "config.json");

    private final BuildLog log;
    private final Map<String, String> env;

    public ConfigLoader(BuildLog log) {
        this(log, System.getenv());
    }

    /** {@code env}: the process environment, where HUGO_* variables override the configuration. */
    public ConfigLoader(BuildLog log, Map<String, String> env) {
        this.log = log;
        this.env = env;
    }

    public SiteConfig load(BuildOptions options) {
        Path source = options.source().toAbsolutePath().normalize();
        // -e wins over HUGO_ENVIRONMENT, which wins over the default (Hugo 0.111.3)
        String environment = options.environment() != null
                ? options.environment()
                : EnvironmentOverrides.environment(env).orElse(options.environmentOr("production"));
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, KeyOrigin> origins = new HashMap<>();
        boolean found = false;
        for (Path file : rootFiles(source, options.configFiles())) {
            merged = Maps.deepMerge(merged, parse(file, "", origins));
            found = true;
        }
        Path configDir = source.resolve("config");
        for (Path dir : List.of(configDir.resolve("_default"), configDir.resolve(environment))) {
            if (Files.isDirectory(dir)) {
                merged = Maps.deepMerge(merged, loadDir(dir, origins));
                found = true;
            }
        }
        if (!found) {
            throw new LocatedException(LocatedError.of(
                    source,
                    "no site configuration found: add one of " + String.join(", ", ROOT_NAMES)
                            + " or a config/_default/ directory (is --source the site's root?)"));
        }
        Map<String, Object> overrides =
                EnvironmentOverrides.config(env, merged, problem -> log.warn(LocatedError.of(null, problem)));
        merged = Maps.deepMerge(merged, overrides);
        merged = Maps.deepMerge(merged, languageBaseURLs(options));
        KeySuggestions.notices(merged, origins).forEach(log::notice);
        merged = ConfigTypeCheck.apply(merged, origins, log);
        // Hugo 0.111.3 lets HUGO_BASEURL win over -b (later Hugo versions reverse this)
        BuildOptions effective = overrides.containsKey("baseurl") ? options.withBaseURL(null) : options;
        return new ConfigResolver(log, origins).resolve(source, environment, merged, effective);
    }

    /** The preview's base URL of each language, as {@code languages.KEY.baseurl} to merge over the config. */
    private static Map<String, Object> languageBaseURLs(BuildOptions options) {
        Map<String, Object> languages = new LinkedHashMap<>();
        options.languageBaseURLs().forEach((lang, url) -> languages.put(lang, Map.of("baseurl", url)));
        return languages.isEmpty() ? Map.of() : Map.of("languages", languages);
    }

    /** The --config files (relative ones against the site root), each required; else the first of ROOT_NAMES. */
    private static List<Path> rootFiles(Path source, List<Path> configFiles) {
        if (!configFiles.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path f : configFiles) {
                Path file = source.resolve(f);
                if (!Files.isRegularFile(file)) {
                    throw new LocatedException(LocatedError.of(file, "--config names a file that does not exist"));
                }
                if (DataFormat.ofFile(file).isEmpty()) {
                    throw new LocatedException(
                            LocatedError.of(file, "--config takes .toml, .yaml, .yml or .json files"));
                }
                files.add(file);
            }
            return files;
        }
        return ROOT_NAMES.stream()
                .map(source::resolve)
                .filter(Files::isRegularFile)
                .limit(1)
                .toList();
    }

    private Map<String, Object> loadDir(Path dir, Map<String, KeyOrigin> origins) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path file : listSorted(dir)) {
            if (DataFormat.ofFile(file).isEmpty()) continue;
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            String key = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
            if (!key.equals(base) && (key.equals("menus") || key.equals("menu"))) {
                // menus.en.toml: the menus of the language "en", as Hugo reads it
                String lang = base.substring(key.length() + 1).toLowerCase(java.util.Locale.ROOT);
                Map<String, Object> values = parse(file, "languages." + lang + ".menus", origins);
                merged = Maps.deepMerge(merged, Map.of("languages", Map.of(lang, Map.of("menus", values))));
                continue;
            }
            boolean root = key.equals("hugo") || key.equals("config");
            String prefix = root ? "" : key.toLowerCase(java.util.Locale.ROOT);
            Map<String, Object> values = parse(file, prefix, origins);
            if (!root) values = Map.of(prefix, values);
            merged = Maps.deepMerge(merged, values);
        }
        return merged;
    }

    /**
     * Parses a config file whose keys go under {@code prefix} (params.toml: "params"), and records where each is set
     * in {@code origins}, later files replacing earlier ones as their values do.
     */
    private static Map<String, Object> parse(Path file, String prefix, Map<String, KeyOrigin> origins) {
        DataFormat format = DataFormat.ofFile(file).orElseThrow();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Object> values = format.parse(text, file, 1);
            // the file itself is where its key is set (config/_default/parmas.toml sets "parmas")
            if (!prefix.isEmpty()) origins.put(prefix, new KeyOrigin(file, 0, prefix, format));
            format.keyOrigins(text, file, 1)
                    .forEach((path, origin) -> origins.put(
                            KeyLines.join(prefix, path),
                            prefix.isEmpty()
                                    ? origin
                                    : new KeyOrigin(file, origin.line(), prefix + "." + origin.key(), format)));
            return values;
        } catch (IOException e) {
            throw new LocatedException(LocatedError.of(file, "cannot read config: " + e.getMessage()));
        }
    }

    private static List<Path> listSorted(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
