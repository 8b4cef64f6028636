package site.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.undertow.Undertow;
import io.undertow.server.handlers.BlockingHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsHandlersTest {
    @Test
    void healthIs503DownWhenTheDatabaseIsUnreachable() throws Exception {
        AtomicBoolean databaseUp = new AtomicBoolean(false);
        Readiness readiness = new Readiness();
        OpsHandlers ops = new OpsHandlers(
                databaseUp::get, readiness, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), "t", false);
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setHandler(new BlockingHandler(exchange -> {
                    if (exchange.getRequestPath().endsWith("readiness")) ops.readiness(exchange);
                    else ops.health(exchange);
                }))
                .build();
        server.start();
        try {
            int port = ((java.net.InetSocketAddress)
                            server.getListenerInfo().get(0).getAddress())
                    .getPort();
            assertEquals("503 {\"status\":\"DOWN\"}", get(port, "/actuator/health"));
            databaseUp.set(true);
            assertEquals("200 {\"status\":\"UP\"}", get(port, "/actuator/health"));
            readiness.refuseTraffic();
            assertEquals("503 {\"status\":\"DOWN\"}", get(port, "/actuator/health/readiness"));
        } finally {
            server.stop();
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
