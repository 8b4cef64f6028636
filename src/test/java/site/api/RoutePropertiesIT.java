package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.xml.sax.InputSource;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every route's JSON body and query parameters, valid-ish and hostile, sent over HTTP to the API on H2: never a
 * 5xx, never internals in the body, every 4xx a problem+json, and nothing stored by a request that got a 4xx.
 * Tries are bounded (200 per property) so the class stays within about a minute; jqwik's own edge cases are off
 * (the generators list theirs, and computing jqwik's for these combinations does not fit a 64 MB heap).
 */
class RoutePropertiesIT {
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Caused by|\\tat |\\.java:\\d|site\\.api\\.|com\\.fasterxml|org\\.jdbi|org\\.h2|io\\.undertow|SQL");
    private static final List<String> BODY_ROUTES = List.of("POST /api/posts", "PUT /api/posts/{post}",
            "POST /api/comments", "PUT /api/comments/{comment}", "POST /api/auth/signup", "POST /api/auth/login",
            "PUT /api/admin/comments/{comment}/status");
    private static final Map<String, List<String>> QUERY_ROUTES = Map.of(
            "/api/posts", List.of("page", "size"),
            "/api/posts/search", List.of("keyword", "page", "size"),
            "/api/posts/{post}", List.of("page"),
            "/api/comments", List.of("page", "p", "size"),
            "/api/comments/count", List.of("page"),
            "/api/comments/feed", List.of("size"),
            "/api/admin/comments", List.of("status", "page", "size"));
    private static ApiHarness api;
    private static Client http;
    private static Map<String, String> tokens;
    private static long postId;
    private static long commentId;

    @BeforeContainer
    static void start() {
        api = new ApiHarness(TestDatabase.h2());
        http = api.client();
        tokens = Map.of("alice", api.userToken("alice"), "admin", api.adminToken());
        postId = http.post("/api/posts", ApiHarness.json(Map.of("title", "seed")), tokens.get("alice")).json().get("id").asLong();
        commentId = http.post("/api/comments", ApiHarness.json(Map.of("page", "/posts/seed/", "text", "seed")),
                tokens.get("alice")).json().get("id").asLong();
    }

    @AfterContainer
    static void stop() {
        if (api != null) api.close();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void jsonBodiesNeverBreakAWriteRoute(@ForAll("bodies") Tuple.Tuple2<String, byte[]> routeAndBody,
                                         @ForAll("callers") String caller, @ForAll("contentTypes") String contentType) {
        String route = routeAndBody.get1();
        byte[] body = routeAndBody.get2();
        String[] methodAndPath = route.split(" ");
        String state = storedState();
        HttpRequest.Builder request = http.request(withIds(methodAndPath[1], "1"), tokens.get(caller))
                .header("Content-Type", contentType)
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofByteArray(body));
        Reply reply = http.send(request);
        assertSafe(reply);
        if (reply.status() >= 400) assertEquals(state, storedState(), () -> "a refused request stored something: " + reply);
        if (reply.status() < 300 && route.contains("comments")) assertWellFormedXml(http.get("/api/comments/feed").body());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void queryParametersNeverBreakAReadRoute(@ForAll("queryRoutes") String path, @ForAll("callers") String caller) {
        assertSafe(http.get(path, tokens.get(caller)));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void idsInPathsNeverBreakARoute(@ForAll("ids") String id, @ForAll("idRoutes") String route) {
        String[] methodAndPath = route.split(" ");
        String state = storedState();
        Reply reply = http.send(http.request(withIds(methodAndPath[1], id), tokens.get("alice"))
                .header("Content-Type", "application/json")
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"title\":\"x\"}")));
        assertSafe(reply);
        if (reply.status() >= 400) assertEquals(state, storedState(), () -> "a refused request stored something: " + reply);
    }

    /** A route and a body: half built from the route's own fields, half anything at all. */
    @Provide
    Arbitrary<Tuple.Tuple2<String, byte[]>> bodies() {
        return Arbitraries.of(BODY_ROUTES).flatMap(route -> Arbitraries.oneOf(
                HostileValues.validish(route, commentId), HostileValues.bodies()).map(body -> Tuple.of(route, body)));
    }

    @Provide
    Arbitrary<String> callers() {
        return Arbitraries.frequency(Tuple.of(1, "nobody"), Tuple.of(3, "alice"), Tuple.of(2, "admin"));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.frequency(Tuple.of(10, "application/json"), Tuple.of(2, "application/json; charset=utf-8"),
                Tuple.of(1, "application/jsonp"), Tuple.of(1, "text/plain"));
    }

    @Provide
    Arbitrary<String> queryRoutes() {
        return Arbitraries.of(QUERY_ROUTES.keySet()).flatMap(route -> HostileValues.queries(QUERY_ROUTES.get(route))
                .map(query -> withIds(route, Long.toString(postId)) + "?" + query));
    }

    @Provide
    Arbitrary<String> idRoutes() {
        return Arbitraries.of("GET /api/posts/{post}", "PUT /api/posts/{post}", "DELETE /api/posts/{post}",
                "PUT /api/comments/{comment}", "DELETE /api/comments/{comment}", "PUT /api/admin/comments/{comment}/status");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(HostileValues.queryValues(), Arbitraries.longs().map(n -> Long.toString(n)),
                Arbitraries.of("0", "-1", "1.0", "1e3", "9223372036854775807", "9223372036854775808", "%2e%2e", "1%3B"));
    }

    /** Not a 5xx; a 4xx is problem+json with its status and code; no error body shows internals. */
    private static void assertSafe(Reply reply) {
        Statistics.label("status").collect(reply.status());
        assertTrue(reply.status() < 500, () -> "server error: " + reply);
        if (reply.status() < 400) return;
        assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "not a problem: " + reply);
        assertEquals(reply.status(), reply.json().get("status").asInt());
        assertFalse(reply.json().path("code").asText().isEmpty(), reply::toString);
        assertFalse(INTERNALS.matcher(reply.body()).find(), () -> "internals leaked: " + reply);
    }

    /** Whatever comment was accepted, the feed still parses as XML. */
    private static void assertWellFormedXml(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("the comment feed is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Fills {post} and {comment} with the seeded ids, or every placeholder with {@code id} when it is not "1". */
    private static String withIds(String template, String id) {
        boolean seeded = id.equals("1");
        return template.replace("{post}", seeded ? Long.toString(postId) : id)
                .replace("{comment}", seeded ? Long.toString(commentId) : id);
    }

    /** Row counts and version sums of everything a request can write: equal before and after means nothing stored. */
    private static String storedState() {
        String sql = "SELECT CONCAT((SELECT COUNT(*) FROM posts), '/', (SELECT COALESCE(SUM(version), 0) FROM posts), '/',"
                + " (SELECT COUNT(*) FROM comments), '/', (SELECT COALESCE(SUM(version), 0) FROM comments), '/',"
                + " (SELECT COUNT(*) FROM users), '/', (SELECT COUNT(*) FROM post_grams))";
        var config = api.database().config();
        try (Connection c = DriverManager.getConnection(config.url(), config.username(), config.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
