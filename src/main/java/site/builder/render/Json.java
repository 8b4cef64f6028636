package site.builder.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON for templates and dumps. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static byte[] pretty(Object value) {
        try {
            return PRETTY.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The client-side search index (PaperMod's index.json shape): title, content, permalink, summary. */
    public static String searchIndex(List<PageView> pages) {
        return write(pages.stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", p.title());
            entry.put("content", p.rendered().plain());
            entry.put("permalink", p.permalink());
            entry.put("summary", p.rendered().summary());
            return entry;
        }).toList());
    }
}
