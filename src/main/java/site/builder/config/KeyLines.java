package site.builder.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The line of every key in a YAML or JSON document, from the parser's token locations, keyed by the lower-cased
 * dotted path ({@code menu.main.0.name}: list items by index). Read after the document parsed, so it cannot fail.
 */
final class KeyLines {
    private final Path file;
    private final int firstLine;
    private final DataFormat format;
    private final Map<String, KeyOrigin> out = new LinkedHashMap<>();

    private KeyLines(Path file, int firstLine, DataFormat format) {
        this.file = file;
        this.firstLine = firstLine;
        this.format = format;
    }

    static Map<String, KeyOrigin> of(JsonFactory factory, DataFormat format, String text, Path file, int firstLine) {
        KeyLines lines = new KeyLines(file, firstLine, format);
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != null) lines.value(p, "", "");
        } catch (IOException e) {
            throw new UncheckedIOException("a document that parsed could not be read again", e);
        }
        return lines.out;
    }

    private void value(JsonParser p, String path, String written) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String childPath = join(path, name.toLowerCase(Locale.ROOT));
                String childWritten = join(written, name);
                out.put(
                        childPath,
                        new KeyOrigin(
                                file, firstLine + p.currentTokenLocation().getLineNr() - 1, childWritten, format));
                p.nextToken();
                value(p, childPath, childWritten);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                value(p, join(path, String.valueOf(index)), join(written, String.valueOf(index)));
                index++;
            }
        }
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
