package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.handlers.BlockingHandler;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import site.api.ops.Readiness;

/** Stopping turns readiness DOWN first, lets the in-flight request finish, then closes resources. */
class GracefulShutdownIT {

    @Test
    void inFlightRequestFinishesAndReadinessGoesDownFirst() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Readiness readiness = new Readiness();
        AtomicBoolean closed = new AtomicBoolean();
        ApiServer server = ApiServer.start(
                new BlockingHandler(exchange -> {
                    entered.countDown();
                    assertTrue(release.await(10, TimeUnit.SECONDS), "the test released the request");
                    exchange.getResponseSender().send("done");
                }),
                readiness,
                () -> closed.set(true),
                "127.0.0.1",
                0,
                Duration.ZERO,
                Duration.ofSeconds(5),
                2);

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/slow"))
                .build();
        CompletableFuture<HttpResponse<String>> inFlight =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(5, TimeUnit.SECONDS));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (readiness.isReady() && System.nanoTime() < deadline) Thread.onSpinWait();
        assertFalse(readiness.isReady(), "readiness went DOWN while the request was in flight");
        assertFalse(closed.get(), "resources stay open while a request is in flight");
        assertFalse(stopping.isDone(), "closing waits for the request");
        release.countDown();
        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("done", response.body());
        stopping.get(10, TimeUnit.SECONDS);
        assertTrue(closed.get(), "resources closed after the drain");
    }
}
