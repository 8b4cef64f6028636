package site.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text from the wire, decoded strictly: invalid UTF-8 (overlong forms such as {@code C0 AF} for '/', encoded
 * surrogates, truncated sequences) and JSON escapes that leave an unpaired surrogate are refused, never repaired
 * into another character.
 */
final class StrictText {
    private StrictText() {}

    /** The bytes as UTF-8, or a 400 when they are not. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.of(ErrorCode.MALFORMED_JSON, "the request body is not valid UTF-8");
        }
    }

    /** The bytes as UTF-8, or null when they are not. */
    static String utf8OrNull(byte[] bytes) {
        try {
            return utf8(bytes);
        } catch (ApiException e) {
            return null;
        }
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    /** A client-supplied name safe to echo in an error: what XML cannot carry becomes U+FFFD, and it is cut at 100. */
    static String printable(String name) {
        String safe = StoredText.xmlSafe(name);
        return safe.length() <= 100 ? safe : safe.substring(0, 100) + "…";
    }

    /** A JSON string whose escapes leave an unpaired surrogate; Jackson adds the field's path on the way out. */
    static final class UnpairedSurrogate extends JsonMappingException {
        UnpairedSurrogate(JsonParser parser) {
            super(parser, "must be valid Unicode text (a \\uD800-\\uDFFF escape is only half of a character)");
        }
    }

    /** Jackson's own string reading, then the surrogate check. */
    static final class StringDeserializer extends StdScalarDeserializer<String> {
        StringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value =
                    com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(parser, context);
            if (value != null && hasUnpairedSurrogate(value)) throw new UnpairedSurrogate(parser);
            return value;
        }
    }
}
