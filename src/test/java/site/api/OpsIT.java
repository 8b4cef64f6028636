package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import site.api.http.ApiJson;

/** Actuator endpoints, metrics names, access log and request ids, as probes and dashboards expect them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpsIT {
    ApiHarness api;
    Client http;

    @BeforeAll
    void start() {
        api = new ApiHarness(TestDatabase.h2());
        http = api.client();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void healthProbesAreUp() {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            Reply reply = http.get(path);
            assertEquals(200, reply.status(), path);
            assertEquals("{\"status\":\"UP\"}", reply.body(), path);
        }
    }

    @Test
    void infoNamesTheApp() {
        assertEquals(
                ApiJson.mapper()
                        .createObjectNode()
                        .set(
                                "app",
                                ApiJson.mapper()
                                        .createObjectNode()
                                        .put("name", "site")
                                        .put("version", "test")),
                http.get("/actuator/info").json(),
                "no Java version unless asked for");
    }

    @Test
    void prometheusHasSpringMetricNamesWithRouteTemplates() {
        http.get("/api/posts/12345");
        http.get("/api/posts");
        String scrape = http.get("/actuator/prometheus").body();
        assertTrue(scrape.contains("http_server_requests_seconds_count{"), "timer");
        assertTrue(
                scrape.matches(
                        "(?s).*http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*outcome=\"CLIENT_ERROR\"[^}]*status=\"404\"[^}]*uri=\"/api/posts/\\{id}\".*"),
                "404 on /api/posts/{id} by template");
        assertTrue(scrape.matches("(?s).*http_requests_total\\{[^}]*status=\"200\".*"), "request counter by status");
        for (String name : new String[] {
            "jvm_memory_used_bytes",
            "jvm_threads_live_threads",
            "process_cpu_usage",
            "process_uptime_seconds",
            "hikaricp_connections_active",
            "jvm_classes_loaded_classes"
        }) {
            assertTrue(scrape.contains(name), name);
        }
    }

    @Test
    void accessLogIsOneJsonLinePerRequestWithIds() throws Exception {
        Reply reply = http.send(http.request("/api/posts?size=1", null)
                .header("X-Request-Id", "req-42")
                .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertEquals("req-42", reply.header("X-Request-Id"));
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", reply.header("traceparent"));
        JsonNode line = waitForLogLine("req-42");
        assertEquals("GET", line.get("method").asText());
        assertEquals("/api/posts", line.get("route").asText());
        assertEquals(200, line.get("status").asInt());
        Shapes.assertFields(
                List.of(
                        "time",
                        "type",
                        "method",
                        "route",
                        "path",
                        "status",
                        "durationMs",
                        "bytes",
                        "requestId",
                        "client",
                        "traceparent"),
                line);
        assertEquals("access", line.get("type").asText());
        assertEquals("/api/posts", line.get("path").asText());
        double millis = line.get("durationMs").asDouble();
        assertTrue(millis > 0 && millis < 10_000, "durationMs " + millis);
        assertEquals(
                reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                line.get("bytes").asLong());
        Instant time = Instant.parse(line.get("time").asText());
        assertTrue(Duration.between(time, Instant.now()).abs().toSeconds() < 60, "time " + time);
        assertEquals("127.0.0.1", line.get("client").asText());
        assertEquals(
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                line.get("traceparent").asText());
    }

    @Test
    void requestsWithoutAnIdGetOne() {
        String id = http.get("/actuator/health").header("X-Request-Id");
        assertTrue(id != null && id.length() >= 16, id);
        String unsafe = http.send(http.request("/actuator/health", null).header("X-Request-Id", "bad id\" with quotes"))
                .header("X-Request-Id");
        assertTrue(!unsafe.contains("\""), unsafe);
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        Reply docs = http.get("/v3/api-docs");
        assertEquals(200, docs.status());
        assertTrue(docs.json().get("paths").has("/api/posts"));
        Reply ui = http.get("/swagger-ui/index.html");
        assertEquals(200, ui.status());
        assertTrue(ui.contentType().startsWith("text/html"), ui.contentType());
        assertTrue(ui.body().contains("<div id=\"swagger-ui\">"), ui.body());
        assertEquals(200, http.get("/swagger-ui/swagger-ui-bundle.js").status(), "the page's script is served");
        assertTrue(http.get("/swagger-ui/swagger-initializer.js").body().contains("url: \"/v3/api-docs\""));
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        Reply allowed = http.send(http.request("/api/posts", null)
                .header("Origin", "https://blog.example")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(204, allowed.status());
        assertEquals("https://blog.example", allowed.header("Access-Control-Allow-Origin"));
        assertTrue(allowed.header("Access-Control-Allow-Headers").contains("Authorization"));
        Reply read = http.send(http.request("/api/posts", null).header("Origin", "https://blog.example"));
        assertEquals("Location, ETag, Retry-After, X-Request-Id", read.header("Access-Control-Expose-Headers"));
        Reply other = http.send(http.request("/api/posts", null).header("Origin", "https://evil.example"));
        assertEquals(null, other.header("Access-Control-Expose-Headers"));
        assertEquals(200, other.status());
        assertEquals(null, other.header("Access-Control-Allow-Origin"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Reply get = http.get("/api/posts");
        Reply head = http.send(
                http.request("/api/posts", null).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.status());
        assertEquals("", head.body());
        assertEquals(get.contentType(), head.contentType());
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
        assertEquals(
                200,
                http.send(http.request("/actuator/health/liveness", null)
                                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status());
        assertEquals(
                405,
                http.send(http.request("/api/auth/login", null)
                                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()))
                        .status(),
                "HEAD only where GET is");
    }

    private JsonNode waitForLogLine(String requestId) throws Exception {
        for (int i = 0; i < 50; i++) {
            for (String line : api.accessLog()) {
                JsonNode node = ApiJson.mapper().readTree(line);
                if (requestId.equals(node.path("requestId").asText())) return node;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no access log line for " + requestId + " in " + api.accessLog());
    }

    static String json(Map<String, ?> value) {
        return ApiHarness.json(value);
    }
}
