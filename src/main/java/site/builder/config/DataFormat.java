package site.builder.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Maps;

/** The three data languages Hugo reads for config, front matter and data files. */
public enum DataFormat {
    TOML(new TomlMapper()),
    YAML(new YAMLMapper()),
    JSON(new JsonMapper());

    private final ObjectMapper mapper;

    DataFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The format of a file by its extension (.toml, .yaml, .yml, .json). */
    public static Optional<DataFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".toml")) return Optional.of(TOML);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return Optional.of(YAML);
        if (name.endsWith(".json")) return Optional.of(JSON);
        return Optional.empty();
    }

    /**
     * Parses a document into a map with lower-cased keys. Errors name the file and the line,
     * counted from {@code firstLine} (where the document starts inside the file).
     */
    public Map<String, Object> parse(String text, Path file, int firstLine) {
        if (text.isBlank()) return new LinkedHashMap<>();
        try {
            Object value = mapper.readValue(text, Object.class);
            if (value == null) return new LinkedHashMap<>();
            if (!(value instanceof Map<?, ?> map)) {
                throw new LocatedException(new LocatedError(
                        file, firstLine, "expected a " + name() + " table of keys and values, found " + kind(value)));
            }
            return Maps.lowerKeys(map);
        } catch (JsonProcessingException e) {
            SyntaxError error = SyntaxError.of(this, e, text);
            throw new LocatedException(
                    new LocatedError(file, firstLine + error.line() - 1, "invalid " + name() + ": " + error.message()));
        }
    }

    private static String kind(Object value) {
        if (value instanceof java.util.List<?>) return "a list";
        if (value instanceof String) return "text";
        return value instanceof Boolean ? "a boolean" : "a number";
    }

    /** Where each key of a document that {@link #parse} read is set, by lower-cased dotted path. */
    Map<String, KeyOrigin> keyOrigins(String text, Path file, int firstLine) {
        if (this == TOML) return TomlKeyLines.of(text, file, firstLine);
        return KeyLines.of(mapper.getFactory(), this, text, file, firstLine);
    }
}
