package site.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of valid-ish and hostile request parts for {@link RoutePropertiesIT}: JSON bodies with the routes'
 * own field names and others, values of every JSON type, text at the edges of Unicode and of the columns, and
 * query values as raw percent-escaped bytes (so invalid UTF-8 too).
 */
final class HostileValues {
    static final List<String> FIELDS = List.of("title", "content", "author", "page", "text", "parentId", "website",
            "username", "password", "status");
    private static final List<String> EDGE_TEXT = List.of("", " ", "\u0000", "\u0008", "\u001B[31m", "\uFFFE", "\uFFFF",
            "\uD800", "\uDFFF", "x\uDC00\uD800", "😀", "\uD835\uDC00".repeat(30), "/" + "\uD835\uDC00".repeat(150),
            "/posts/\u0008/", "a".repeat(201), "가".repeat(5001),
            "//evil.example/phish", "/posts/ok/", "/", "<script>alert(1)</script>", "' OR '1'='1", "%s%n%x",
            "${jndi:ldap://x/a}", "\u202Eevil", "\uFEFFbom", "approved", "deleted", "pending", "alice", "password-alice",
            "null", "\\", "\"", "\r\n", "]]>");
    /** Characters XML, UTF-16 or a column's unit count cannot take, spliced into otherwise valid values. */
    private static final List<String> EDGE_CHARACTERS = List.of("\u0000", "\u0008", "\u001B", "\uFFFE", "\uFFFF", "\uD800",
            "\uDC00", "\uD835\uDC00", "/", "//");
    private static final List<String> EDGE_NUMBERS = List.of("0", "-1", "1", "2147483648", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999", "1e400", "-0", "1.5", "1E2");

    private HostileValues() {}

    /**
     * A body for {@code route} built from its own fields: each one valid most of the time, sometimes a hostile
     * value, sometimes absent; so the rules and the store see many requests they accept, not only refusals.
     */
    static Arbitrary<byte[]> validish(String route, long parentId) {
        Map<String, Arbitrary<String>> fields = new java.util.LinkedHashMap<>();
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(" 가😀").ofMinLength(1).ofMaxLength(30);
        if (route.contains("/api/posts")) {
            fields.put("title", words);
            fields.put("content", words);
            fields.put("author", words);
        } else if (route.contains("/status")) {
            fields.put("status", Arbitraries.of("approved", "pending", "deleted"));
        } else if (route.contains("/api/comments")) {
            fields.put("text", words);
            if (route.startsWith("POST")) {
                fields.put("page", Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(w -> "/posts/" + w + "/"));
                fields.put("author", words);
            }
        } else {
            fields.put("username", Arbitraries.strings().alpha().numeric().ofMinLength(3).ofMaxLength(20));
            fields.put("password", Arbitraries.strings().alpha().ofMinLength(8).ofMaxLength(20));
        }
        List<Arbitrary<String>> members = new java.util.ArrayList<>();
        fields.forEach((name, valid) -> members.add(Arbitraries.frequencyOf(
                Tuple.of(4, valid.map(v -> quoted(name) + ":" + quoted(v))),
                Tuple.of(2, Combinators.combine(valid, Arbitraries.of(EDGE_CHARACTERS)).as(HostileValues::spliced)
                        .map(v -> quoted(name) + ":" + quoted(v))),
                Tuple.of(2, texts().map(v -> quoted(name) + ":" + quoted(v))),
                Tuple.of(1, values(1).map(v -> quoted(name) + ":" + v)),
                Tuple.of(1, Arbitraries.just("")))));
        if (route.equals("POST /api/comments")) {
            members.add(Arbitraries.of("", "", "", "\"parentId\":" + parentId, "\"parentId\":-1", "\"website\":\"x\""));
        }
        return Combinators.combine(members).as(parts -> parts.stream().filter(part -> !part.isEmpty())
                .collect(Collectors.joining(",", "{", "}")).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code value} with {@code character} in its middle, never before its first character (a path keeps its slash). */
    static String spliced(String value, String character) {
        int points = value.codePointCount(0, value.length());
        int at = value.offsetByCodePoints(0, Math.max(points / 2, Math.min(1, points)));
        return value.substring(0, at) + character + value.substring(at);
    }

    /** A request body: mostly a JSON object over the routes' fields, sometimes anything at all. */
    static Arbitrary<byte[]> bodies() {
        Arbitrary<String> json = Arbitraries.frequencyOf(
                Tuple.of(6, objects(2)),
                Tuple.of(1, values(2)),
                Tuple.of(1, Arbitraries.of("", "{", "{\"title\":", "nul", "{\"title\":\"a\"} x", "{}{}",
                        "[".repeat(5000) + "]".repeat(5000), "{\"title\":\"a\",\"title\":\"b\"}", "{'title':'a'}")));
        return Arbitraries.frequencyOf(
                Tuple.of(8, json.map(text -> text.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)));
    }

    static Arbitrary<String> objects(int depth) {
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(FIELDS)), Tuple.of(1, texts()));
        return Arbitraries.maps(names, values(depth)).ofMaxSize(5).map(HostileValues::object);
    }

    /** Any JSON value, strings most often, nested up to {@code depth}. */
    static Arbitrary<String> values(int depth) {
        Arbitrary<String> scalars = Arbitraries.frequencyOf(
                Tuple.of(6, texts().map(HostileValues::quoted)),
                Tuple.of(2, Arbitraries.of(EDGE_NUMBERS)),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
        if (depth == 0) return scalars;
        return Arbitraries.frequencyOf(
                Tuple.of(8, scalars),
                Tuple.of(1, values(depth - 1).list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]")),
                Tuple.of(1, Arbitraries.lazy(() -> objects(depth - 1))));
    }

    /** Text at the edges: the list above, any characters at all (lone surrogates included), or ordinary words. */
    static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(EDGE_TEXT)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars(" /-_.가😀").ofMinLength(1).ofMaxLength(30)));
    }

    /** A query value as percent-escapes: of edge text, of arbitrary bytes (mostly invalid UTF-8), or of a number. */
    static Arbitrary<String> queryValues() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, texts().map(HostileValues::percentEncoded)),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(12).map(HostileValues::percentEncoded)),
                Tuple.of(2, Arbitraries.of(EDGE_NUMBERS).map(HostileValues::percentEncoded)),
                Tuple.of(1, Arbitraries.of("%C0%AF", "%ED%A0%80", "%FF", "%E2%82", "%2F%2Fevil.example", "+5", "%205")));
    }

    /** Up to four parameters, each a known name (or another) with a hostile value. */
    static Arbitrary<String> queries(List<String> names) {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(names)), Tuple.of(1, texts().map(HostileValues::percentEncoded)));
        return Combinators.combine(name, queryValues()).as((n, v) -> n + "=" + v).list().ofMaxSize(4)
                .map(pairs -> String.join("&", pairs));
    }

    static String object(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> quoted(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON string literal that escapes everything outside printable ASCII, so even lone surrogates are valid JSON text. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    /** Every byte as an escape: a URI that any client can send, whatever the bytes. */
    static String percentEncoded(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) out.append(String.format("%%%02X", b & 0xff));
        return out.toString();
    }

    static String percentEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
