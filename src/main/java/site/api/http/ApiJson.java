package site.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * The API's JSON in and out (the builder's is render.Json): strict reading (no unknown fields, no type coercion)
 * and direct writing to the response.
 */
public final class ApiJson {
    public static final String CONTENT_TYPE = "application/json";
    private static final ObjectMapper MAPPER = createMapper();

    private ApiJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads the request body as {@code type}; every way it can be wrong becomes a 4xx naming the field. */
    public static <T> T read(HttpServerExchange exchange, Class<T> type) {
        requireJsonContentType(exchange);
        byte[] body = RequestBody.read(exchange);
        if (body.length == 0) throw ApiException.of(ErrorCode.MALFORMED_JSON, "a JSON request body is required");
        try {
            T value = MAPPER.readValue(StrictText.utf8(body), type);
            if (value == null)
                throw ApiException.of(ErrorCode.MALFORMED_JSON, "the request body must be a JSON object");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(StrictText.printable(e.getPropertyName()), "unknown field");
        } catch (StrictText.UnpairedSurrogate e) {
            throw ApiException.invalid(path(e), e.getOriginalMessage());
        } catch (MismatchedInputException e) {
            throw ApiException.invalid(path(e), "wrong type; expected " + expected(e));
        } catch (JsonProcessingException e) {
            throw ApiException.of(ErrorCode.MALFORMED_JSON, "the request body is not valid JSON");
        }
    }

    public static void write(HttpServerExchange exchange, int status, Object value) {
        write(exchange, status, CONTENT_TYPE, value);
    }

    public static void write(HttpServerExchange exchange, int status, String contentType, Object value) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        Responses.send(exchange, ByteBuffer.wrap(bytes));
    }

    private static void requireJsonContentType(HttpServerExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!mediaType.equals(CONTENT_TYPE)) {
            throw ApiException.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be " + CONTENT_TYPE);
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null
                        ? StrictText.printable(ref.getFieldName())
                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }

    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) return "another type";
        if (target == String.class) return "string";
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) return "number";
        return "object";
    }

    /**
     * ISO-8601 text for the two time types the API writes (a two-serializer module instead of jackson-datatype-jsr310
     * keeps about a hundred classes out of startup), and strings read without unpaired surrogates.
     */
    private static SimpleModule module() {
        return new SimpleModule("site")
                .addDeserializer(String.class, new StrictText.StringDeserializer())
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addSerializer(LocalDateTime.class, new StdSerializer<>(LocalDateTime.class) {
                    @Override
                    public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(IsoDateTimes.format(value));
                    }
                });
    }

    private static ObjectMapper createMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // {"title": 5} is a client bug, not the string "5".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
