package site.builder.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import site.builder.config.DataFormat;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Hugo's site.Data: every YAML, TOML and JSON file under data/, keyed by folder and file name
 * (data/authors/kim.yaml is Data.authors.kim). A broken file is an error with its line.
 */
public final class SiteData {
    private SiteData() {}

    public static Map<String, Object> load(Path dataDir, BuildLog log) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (!Files.isDirectory(dataDir)) return root;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> DataFormat.ofFile(p).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.error(LocatedError.of(dataDir, "cannot list data files: " + e.getMessage()));
            return root;
        }
        for (Path file : files) {
            try {
                Map<String, Object> values = DataFormat.ofFile(file)
                        .orElseThrow()
                        .parse(Files.readString(file, StandardCharsets.UTF_8), file, 1);
                folder(root, dataDir.relativize(file.getParent())).put(baseName(file), values);
            } catch (LocatedException e) {
                log.errors(e.errors());
            } catch (IOException e) {
                log.error(LocatedError.of(file, "cannot read data file: " + e.getMessage()));
            }
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> folder(Map<String, Object> root, Path relative) {
        Map<String, Object> at = root;
        for (Path part : relative) {
            if (part.toString().isEmpty()) continue;
            at = (Map<String, Object>) at.computeIfAbsent(part.toString(), k -> new LinkedHashMap<String, Object>());
        }
        return at;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
