package site.builder.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.Content;
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

    /**
     * The client-side search index (PaperMod's index.json shape: title, content, permalink, summary), the JSON of
     * the whole list written an entry at a time: the index holds every page's text (43 MB at 10,000 posts), which
     * as one string and its copies raised a build's peak memory by 450 MB.
     */
    public static Content searchIndex(List<PageView> pages) {
        return output -> {
            output.writeContent("[");
            for (int i = 0; i < pages.size(); i++) {
                PageView p = pages.get(i);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("title", p.title());
                entry.put("content", p.plain());
                entry.put("permalink", p.permalink());
                entry.put("summary", p.summary());
                output.writeContent(i == 0 ? write(entry) : "," + write(entry));
            }
            output.writeContent("]");
        };
    }
}
