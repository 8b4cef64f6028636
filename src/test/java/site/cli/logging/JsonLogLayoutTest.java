package site.cli.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogLayoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LoggerContext context = new LoggerContext();

    private LoggingEvent event(Level level, String message, Throwable error, Object... args) {
        return event(Map.of(), level, message, error, args);
    }

    private LoggingEvent event(Map<String, String> mdc, Level level, String message, Throwable error, Object... args) {
        LoggingEvent event = new LoggingEvent("test", context.getLogger("site.api.Api"), level, message, error, args);
        event.setThreadName("worker-1");
        event.setInstant(Instant.parse("2026-12-05T20:30:01.250Z"));
        event.setMDCPropertyMap(mdc);
        return event;
    }

    @Test
    void aLineHasExactlyTheAccessLogsStyleOfFields() {
        String line = new JsonLogLayout().doLayout(event(Level.WARN, "no token secret {}", null, "configured"));
        assertEquals(
                "{\"time\":\"2026-12-05T20:30:01.250Z\",\"type\":\"app\",\"level\":\"WARN\",\"logger\":\"site.api.Api\","
                        + "\"thread\":\"worker-1\",\"message\":\"no token secret configured\"}",
                line);
    }

    @Test
    void quotesAndLineBreaksAreEscapedSoTheEventStaysOneLine() throws Exception {
        String line = new JsonLogLayout().doLayout(event(Level.INFO, "title \"a\\b\"\nsecond line\tend", null));
        assertEquals(1, line.lines().count());
        assertEquals(
                "title \"a\\b\"\nsecond line\tend",
                JSON.readTree(line).get("message").asText());
        assertTrue(line.contains("\\\"a\\\\b\\\"\\nsecond line\\tend"), line);
    }

    @Test
    void anExceptionIsOneStringWithItsClassMessageAndStackTrace() throws Exception {
        IllegalStateException error =
                new IllegalStateException("pool \"site\" closed", new java.sql.SQLException("gone"));
        String line = new JsonLogLayout().doLayout(event(Level.ERROR, "request failed", error));
        assertEquals(1, line.lines().count());
        JsonNode node = JSON.readTree(line);
        List<String> lines = node.get("error").asText().lines().toList();
        assertEquals("java.lang.IllegalStateException: pool \"site\" closed", lines.get(0));
        assertTrue(lines.get(1).startsWith("\tat site.cli.logging.JsonLogLayoutTest."), lines.get(1));
        assertTrue(
                lines.contains("Caused by: java.sql.SQLException: gone"),
                node.get("error").asText());
        assertEquals(List.of("time", "type", "level", "logger", "thread", "message", "error"), fieldNames(node));
    }

    @Test
    void theRequestIdInTheMdcBecomesAField() throws Exception {
        LoggingEvent event = event(Map.of("requestId", "c7469e6c"), Level.WARN, "database unavailable", null);
        JsonNode node = JSON.readTree(new JsonLogLayout().doLayout(event));
        assertEquals("c7469e6c", node.get("requestId").asText());
        assertEquals(List.of("time", "type", "level", "logger", "thread", "message", "requestId"), fieldNames(node));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
