package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.xml.sax.InputSource;
import site.testsupport.Gen;
import site.testsupport.PropertyCheck;

/**
 * Every route's JSON body and query parameters, valid-ish and hostile, sent over HTTP to the API on H2: never a
 * 5xx, never internals in the body, every 4xx a problem+json, and nothing stored by a request that got a 4xx.
 * Tries are bounded (200 per property) so the class stays within about a minute. The inputs come from our own
 * {@link Gen} generators ({@link HostileValues}) and run through {@link PropertyCheck}: a failure names the seed
 * that reproduces it.
 */
class RoutePropertiesIT {
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Caused by|\\tat |\\.java:\\d|site\\.api\\.|com\\.fasterxml|org\\.jdbi|org\\.h2|io\\.undertow|SQL");
    private static final List<String> BODY_ROUTES = List.of(
            "POST /api/posts",
            "PUT /api/posts/{post}",
            "POST /api/comments",
            "PUT /api/comments/{comment}",
            "POST /api/auth/signup",
            "POST /api/auth/login",
            "PUT /api/admin/comments/{comment}/status");
    private static final Map<String, List<String>> QUERY_ROUTES = Map.of(
            "/api/posts", List.of("page", "size"),
            "/api/posts/search", List.of("keyword", "page", "size"),
            "/api/posts/{post}", List.of("page"),
            "/api/comments", List.of("path", "page", "p", "size"),
            "/api/comments/count", List.of("path", "page"),
            "/api/comments/feed", List.of("size"),
            "/api/admin/comments", List.of("status", "page", "size"));
    private static ApiHarness api;
    private static Client http;
    private static Map<String, String> tokens;
    private static long postId;
    private static long commentId;
    /** How many answers of each status the running property saw: printed after it, to show what was exercised. */
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    private static final int TRIES = 200;

    @BeforeAll
    static void start() {
        api = new ApiHarness(TestDatabase.h2());
        http = api.client();
        tokens = Map.of("alice", api.userToken("alice"), "admin", api.adminToken());
        postId = http.post("/api/posts", ApiHarness.json(Map.of("title", "seed")), tokens.get("alice"))
                .json()
                .get("id")
                .asLong();
        commentId = http.post(
                        "/api/comments",
                        ApiHarness.json(Map.of("page", "/posts/seed/", "text", "seed")),
                        tokens.get("alice"))
                .json()
                .get("id")
                .asLong();
    }

    @AfterEach
    void printStatuses(TestInfo test) {
        System.out.println(test.getDisplayName() + " statuses: " + STATUSES);
        STATUSES.clear();
    }

    @AfterAll
    static void stop() {
        if (api != null) api.close();
    }

    record BodyCase(String route, byte[] body, String caller, String contentType) {
        @Override
        public String toString() {
            return caller + " " + route + " (" + contentType + "): " + new String(body, StandardCharsets.UTF_8);
        }
    }

    record QueryCase(String path, String caller) {}

    record IdCase(String id, String route) {}

    @Test
    void jsonBodiesNeverBreakAWriteRoute() {
        Gen<BodyCase> cases = random -> {
            String route = Gen.of(BODY_ROUTES).next(random);
            byte[] body = Gen.oneOf(HostileValues.validish(route, commentId), HostileValues.bodies())
                    .next(random);
            return new BodyCase(
                    route, body, callers().next(random), contentTypes().next(random));
        };
        PropertyCheck.forAll("jsonBodiesNeverBreakAWriteRoute", TRIES, cases, RoutePropertiesIT::sendBody);
    }

    private static void sendBody(BodyCase sent) {
        String[] methodAndPath = sent.route().split(" ");
        String state = storedState();
        HttpRequest.Builder request = http.request(withIds(methodAndPath[1], "1"), tokens.get(sent.caller()))
                .header("Content-Type", sent.contentType())
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofByteArray(sent.body()));
        Reply reply = http.send(request);
        assertSafe(reply);
        if (reply.status() >= 400)
            assertEquals(state, storedState(), () -> "a refused request stored something: " + reply);
        if (reply.status() < 300 && sent.route().contains("comments"))
            assertWellFormedXml(http.get("/api/comments/feed").body());
    }

    @Test
    void queryParametersNeverBreakAReadRoute() {
        Gen<String> routes = Gen.of(List.copyOf(new TreeMap<>(QUERY_ROUTES).keySet()));
        Gen<QueryCase> cases = random -> {
            String route = routes.next(random);
            String query = HostileValues.queries(QUERY_ROUTES.get(route)).next(random);
            return new QueryCase(
                    withIds(route, Long.toString(postId)) + "?" + query,
                    callers().next(random));
        };
        PropertyCheck.forAll(
                "queryParametersNeverBreakAReadRoute",
                TRIES,
                cases,
                sent -> assertSafe(http.get(sent.path(), tokens.get(sent.caller()))));
    }

    @Test
    void idsInPathsNeverBreakARoute() {
        Gen<String> ids = Gen.oneOf(
                HostileValues.queryValues(),
                Gen.oneOf(Gen.longs(), Gen.longs(-10, 1000)).map(n -> Long.toString(n)),
                Gen.of("0", "-1", "1.0", "1e3", "9223372036854775807", "9223372036854775808", "%2e%2e", "1%3B"));
        Gen<String> routes = Gen.of(
                "GET /api/posts/{post}",
                "PUT /api/posts/{post}",
                "DELETE /api/posts/{post}",
                "PUT /api/comments/{comment}",
                "DELETE /api/comments/{comment}",
                "PUT /api/admin/comments/{comment}/status");
        Gen<IdCase> cases = random -> new IdCase(ids.next(random), routes.next(random));
        PropertyCheck.forAll("idsInPathsNeverBreakARoute", TRIES, cases, RoutePropertiesIT::sendId);
    }

    private static void sendId(IdCase sent) {
        String[] methodAndPath = sent.route().split(" ");
        String state = storedState();
        Reply reply = http.send(http.request(withIds(methodAndPath[1], sent.id()), tokens.get("alice"))
                .header("Content-Type", "application/json")
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"title\":\"x\"}")));
        assertSafe(reply);
        if (reply.status() >= 400)
            assertEquals(state, storedState(), () -> "a refused request stored something: " + reply);
    }

    private static Gen<String> callers() {
        return Gen.frequency(
                Gen.weighted(1, Gen.constant("nobody")),
                Gen.weighted(3, Gen.constant("alice")),
                Gen.weighted(2, Gen.constant("admin")));
    }

    private static Gen<String> contentTypes() {
        return Gen.frequency(
                Gen.weighted(10, Gen.constant("application/json")),
                Gen.weighted(2, Gen.constant("application/json; charset=utf-8")),
                Gen.weighted(1, Gen.constant("application/jsonp")),
                Gen.weighted(1, Gen.constant("text/plain")));
    }

    /** Not a 5xx; a 4xx is problem+json with its status and code; no error body shows internals. */
    private static void assertSafe(Reply reply) {
        STATUSES.merge(reply.status(), 1, Integer::sum);
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
        String sql =
                "SELECT CONCAT((SELECT COUNT(*) FROM posts), '/', (SELECT COALESCE(SUM(version), 0) FROM posts), '/',"
                        + " (SELECT COUNT(*) FROM comments), '/', (SELECT COALESCE(SUM(version), 0) FROM comments), '/',"
                        + " (SELECT COUNT(*) FROM users), '/', (SELECT COUNT(*) FROM post_grams))";
        var config = api.database().config();
        try (Connection c = DriverManager.getConnection(config.url(), config.username(), config.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
