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
        Readiness readiness = new Readiness();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean readyWhileRunning = new AtomicBoolean(true);
        ApiServer server = ApiServer.start(new BlockingHandler(exchange -> {
            entered.countDown();
            Thread.sleep(600);
            readyWhileRunning.set(readiness.isReady());
            exchange.getResponseSender().send("done");
        }), readiness, () -> closed.set(true), "127.0.0.1", 0, Duration.ZERO, Duration.ofSeconds(5), 2);

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + "/slow")).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(5, TimeUnit.SECONDS));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("done", response.body());
        assertFalse(readyWhileRunning.get(), "readiness was still UP while draining");
        stopping.get(10, TimeUnit.SECONDS);
        assertTrue(closed.get(), "resources closed after the drain");
    }
}
