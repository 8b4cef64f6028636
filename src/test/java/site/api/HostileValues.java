package site.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import site.testsupport.Gen;

/**
 * Generators of valid-ish and hostile request parts for {@link RoutePropertiesIT}: JSON bodies with the routes'
 * own field names and others, values of every JSON type, text at the edges of Unicode and of the columns, and
 * query values as raw percent-escaped bytes (so invalid UTF-8 too).
 */
final class HostileValues {
    static final List<String> FIELDS = List.of(
            "title", "content", "author", "page", "text", "parentId", "website", "username", "password", "status");
    private static final List<String> EDGE_TEXT = List.of(
            "",
            " ",
            "\u0000",
            "\u0008",
            "\u001B[31m",
            "\uFFFE",
            "\uFFFF",
            "\uD800",
            "\uDFFF",
            "x\uDC00\uD800",
            "😀",
            "\uD835\uDC00".repeat(30),
            "/" + "\uD835\uDC00".repeat(150),
            "/posts/\u0008/",
            "a".repeat(201),
            "가".repeat(5001),
            "//evil.example/phish",
            "/posts/ok/",
            "/",
            "<script>alert(1)</script>",
            "' OR '1'='1",
            "%s%n%x",
            "${jndi:ldap://x/a}",
            "\u202Eevil",
            "\uFEFFbom",
            "approved",
            "deleted",
            "pending",
            "alice",
            "password-alice",
            "null",
            "\\",
            "\"",
            "\r\n",
            "]]>");
    /** Characters XML, UTF-16 or a column's unit count cannot take, spliced into otherwise valid values. */
    private static final List<String> EDGE_CHARACTERS =
            List.of("\u0000", "\u0008", "\u001B", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\uD835\uDC00", "/", "//");

    private static final List<String> EDGE_NUMBERS = List.of(
            "0",
            "-1",
            "1",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999",
            "1e400",
            "-0",
            "1.5",
            "1E2");

    private static final String WORD_CHARACTERS = Gen.ALPHA + Gen.DIGITS + " 가😀";

    private HostileValues() {}

    /**
     * A body for {@code route} built from its own fields: each one valid most of the time, sometimes a hostile
     * value, sometimes absent; so the rules and the store see many requests they accept, not only refusals.
     */
    static Gen<byte[]> validish(String route, long parentId) {
        Map<String, Gen<String>> fields = new LinkedHashMap<>();
        Gen<String> words = Gen.strings(WORD_CHARACTERS, 1, 30);
        if (route.contains("/api/posts")) {
            fields.put("title", words);
            fields.put("content", words);
            fields.put("author", words);
        } else if (route.contains("/status")) {
            fields.put("status", Gen.of("approved", "pending", "deleted"));
        } else if (route.contains("/api/comments")) {
            fields.put("text", words);
            if (route.startsWith("POST")) {
                fields.put("page", Gen.strings(Gen.ALPHA, 1, 20).map(w -> "/posts/" + w + "/"));
                fields.put("author", words);
            }
        } else {
            fields.put("username", Gen.strings(Gen.ALPHA + Gen.DIGITS, 3, 20));
            fields.put("password", Gen.strings(Gen.ALPHA, 8, 20));
        }
        List<Gen<String>> members = new ArrayList<>();
        fields.forEach((name, valid) -> members.add(member(name, valid)));
        if (route.equals("POST /api/comments")) {
            members.add(Gen.of("", "", "", "\"parentId\":" + parentId, "\"parentId\":-1", "\"website\":\"x\""));
        }
        return random -> members.stream()
                .map(member -> member.next(random))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(",", "{", "}"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One {@code "name":value} member: valid, valid with a hostile character inside, hostile, any JSON, or absent (""). */
    private static Gen<String> member(String name, Gen<String> valid) {
        Gen<String> spliced =
                random -> spliced(valid.next(random), Gen.of(EDGE_CHARACTERS).next(random));
        return Gen.frequency(
                Gen.weighted(4, valid.map(v -> quoted(name) + ":" + quoted(v))),
                Gen.weighted(2, spliced.map(v -> quoted(name) + ":" + quoted(v))),
                Gen.weighted(2, texts().map(v -> quoted(name) + ":" + quoted(v))),
                Gen.weighted(1, values(1).map(v -> quoted(name) + ":" + v)),
                Gen.weighted(1, Gen.constant("")));
    }

    /** {@code value} with {@code character} in its middle, never before its first character (a path keeps its slash). */
    static String spliced(String value, String character) {
        int points = value.codePointCount(0, value.length());
        int at = value.offsetByCodePoints(0, Math.max(points / 2, Math.min(1, points)));
        return value.substring(0, at) + character + value.substring(at);
    }

    /** A request body: mostly a JSON object over the routes' fields, sometimes anything at all. */
    static Gen<byte[]> bodies() {
        Gen<String> json = Gen.frequency(
                Gen.weighted(6, objects(2)),
                Gen.weighted(1, values(2)),
                Gen.weighted(
                        1,
                        Gen.of(
                                "",
                                "{",
                                "{\"title\":",
                                "nul",
                                "{\"title\":\"a\"} x",
                                "{}{}",
                                "[".repeat(5000) + "]".repeat(5000),
                                "{\"title\":\"a\",\"title\":\"b\"}",
                                "{'title':'a'}")));
        return Gen.frequency(
                Gen.weighted(8, json.map(text -> text.getBytes(StandardCharsets.UTF_8))),
                Gen.weighted(1, Gen.bytes(64)));
    }

    /** A JSON object of up to five members with distinct names, mostly the routes' own fields. */
    static Gen<String> objects(int depth) {
        Gen<String> names = Gen.frequency(Gen.weighted(5, Gen.of(FIELDS)), Gen.weighted(1, texts()));
        Gen<String> values = values(depth);
        return random -> {
            Map<String, String> members = new LinkedHashMap<>();
            int size = random.nextInt(6);
            for (int i = 0; i < size; i++) members.put(names.next(random), values.next(random));
            return object(members);
        };
    }

    /** Any JSON value, strings most often, nested up to {@code depth}. */
    static Gen<String> values(int depth) {
        Gen<String> scalars = Gen.frequency(
                Gen.weighted(6, texts().map(HostileValues::quoted)),
                Gen.weighted(2, Gen.of(EDGE_NUMBERS)),
                Gen.weighted(1, Gen.of("true", "false", "null")));
        if (depth == 0) return scalars;
        return Gen.frequency(
                Gen.weighted(8, scalars),
                Gen.weighted(
                        1, Gen.lazy(() -> values(depth - 1)).list(3).map(items -> "[" + String.join(",", items) + "]")),
                Gen.weighted(1, Gen.lazy(() -> objects(depth - 1))));
    }

    /** Text at the edges: the list above, any characters at all (lone surrogates included), or ordinary words. */
    static Gen<String> texts() {
        return Gen.frequency(
                Gen.weighted(3, Gen.of(EDGE_TEXT)),
                Gen.weighted(2, Gen.anyChars(40)),
                Gen.weighted(2, Gen.strings(Gen.ALPHA + Gen.DIGITS + " /-_.가😀", 1, 30)));
    }

    /** A query value as percent-escapes: of edge text, of arbitrary bytes (mostly invalid UTF-8), or of a number. */
    static Gen<String> queryValues() {
        return Gen.frequency(
                Gen.weighted(3, texts().map(HostileValues::percentEncoded)),
                Gen.weighted(2, Gen.bytes(12).map(HostileValues::percentEncoded)),
                Gen.weighted(2, Gen.of(EDGE_NUMBERS).map(HostileValues::percentEncoded)),
                Gen.weighted(1, Gen.of("%C0%AF", "%ED%A0%80", "%FF", "%E2%82", "%2F%2Fevil.example", "+5", "%205")));
    }

    /** Up to four parameters, each a known name (or another) with a hostile value. */
    static Gen<String> queries(List<String> names) {
        Gen<String> name = Gen.frequency(
                Gen.weighted(6, Gen.of(names)), Gen.weighted(1, texts().map(HostileValues::percentEncoded)));
        Gen<String> values = queryValues();
        Gen<String> pair = random -> name.next(random) + "=" + values.next(random);
        return pair.list(4).map(pairs -> String.join("&", pairs));
    }

    static String object(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> quoted(e.getKey()) + ":" + e.getValue())
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
