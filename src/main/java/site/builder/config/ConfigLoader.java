package site.builder.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;

/**
 * Finds and merges a site's configuration the way Hugo does: the first of hugo.* / config.* at the
 * site root, then config/_default/ and config/ENVIRONMENT/ (a file named after a key, such as
 * params.toml, goes under that key), then the command line.
 */
public final class ConfigLoader {
    static final List<String> ROOT_NAMES = List.of(
            "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    private final BuildLog log;

    public ConfigLoader(BuildLog log) {
        this.log = log;
    }

    public SiteConfig load(BuildOptions options) {
        Path source = options.source().toAbsolutePath().normalize();
        String environment = options.environmentOr("production");
        Map<String, Object> merged = new LinkedHashMap<>();
        boolean found = false;
        for (String name : ROOT_NAMES) {
            Path file = source.resolve(name);
            if (Files.isRegularFile(file)) {
                merged = Maps.deepMerge(merged, parse(file));
                found = true;
                break;
            }
        }
        Path configDir = source.resolve("config");
        for (Path dir : List.of(configDir.resolve("_default"), configDir.resolve(environment))) {
            if (Files.isDirectory(dir)) {
                merged = Maps.deepMerge(merged, loadDir(dir));
                found = true;
            }
        }
        if (!found) {
            throw new LocatedException(LocatedError.of(source,
                    "no site configuration found: add one of " + String.join(", ", ROOT_NAMES)
                            + " or a config/_default/ directory (is --source the site's root?)"));
        }
        return new ConfigResolver(log).resolve(source, environment, merged, options);
    }

    private Map<String, Object> loadDir(Path dir) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path file : listSorted(dir)) {
            if (DataFormat.ofFile(file).isEmpty()) continue;
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            // menus.en.toml: single-language sites read it as menus
            String key = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
            Map<String, Object> values = parse(file);
            merged = Maps.deepMerge(merged, key.equals("hugo") || key.equals("config") ? values : Map.of(key, values));
        }
        return merged;
    }

    private static Map<String, Object> parse(Path file) {
        DataFormat format = DataFormat.ofFile(file).orElseThrow();
        try {
            return format.parse(Files.readString(file, StandardCharsets.UTF_8), file, 1);
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
