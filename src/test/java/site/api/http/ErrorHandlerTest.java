package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.BlockingHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
    static HttpResponse<String> answer(HttpHandler failing) throws Exception {
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(new BlockingHandler(new RequestIds(new ErrorHandler(failing))))
                .build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/x"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } finally {
            server.stop();
        }
    }

    @Test
    void bugsAre500WithTheRequestIdAndNoInternals() throws Exception {
        HttpResponse<String> response = answer(exchange -> {
            throw new IllegalStateException("SELECT secret FROM users");
        });
        assertEquals(500, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.body().contains("SELECT"), response.body());
        assertTrue(
                response.body()
                        .contains(response.headers().firstValue("X-Request-Id").orElseThrow()),
                response.body());
    }

    @Test
    void anUnreachableDatabaseIs503() throws Exception {
        HttpResponse<String> response = answer(exchange -> {
            throw new RuntimeException(new SQLTransientConnectionException("site - Connection is not available"));
        });
        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"unavailable\""), response.body());
    }

    @Test
    void aLostConnectionATimeoutAndALockWaitAre503WithRetryAfter() throws Exception {
        List<Exception> outages = List.of(
                new SQLRecoverableException("Communications link failure", "08S01"),
                new SQLTimeoutException("statement timed out"),
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205),
                new SQLException("connection reset", "08006"));
        for (Exception outage : outages) {
            HttpResponse<String> response = answer(exchange -> {
                throw new IllegalStateException("wrapped as JDBI does", outage);
            });
            assertEquals(503, response.statusCode(), outage.toString());
            assertEquals("1", response.headers().firstValue("Retry-After").orElse(null), outage.toString());
            assertTrue(response.body().contains("\"code\":\"unavailable\""), response.body());
        }
    }

    @Test
    void aStatementClosedUnderABatchIs503WhenTheConnectionTurnsOutClosed() throws Exception {
        HttpResponse<String> response = answer(exchange -> {
            RuntimeException failure = new IllegalStateException(
                    new SQLException("No operations allowed after statement closed.", "S1009"));
            failure.addSuppressed(
                    new IllegalStateException("restoring autocommit", new SQLException("Connection is closed")));
            throw failure;
        });
        assertEquals(503, response.statusCode());
    }

    @Test
    void otherSqlErrorsStay500() throws Exception {
        HttpResponse<String> response = answer(exchange -> {
            throw new IllegalStateException(new SQLException("Data too long for column 'title'", "22001", 1406));
        });
        assertEquals(500, response.statusCode());
    }
}
