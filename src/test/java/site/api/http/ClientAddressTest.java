package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    static HttpServerExchange from(String peer, String forwardedFor) {
        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setSourceAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null)
            exchange.getRequestHeaders()
                    .put(io.undertow.util.HttpString.tryFromString("X-Forwarded-For"), forwardedFor);
        return exchange;
    }

    @Test
    void forwardedForIsIgnoredFromUntrustedPeers() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8"));
        assertEquals("203.0.113.9", clients.of(from("203.0.113.9", "1.1.1.1")));
    }

    @Test
    void trustedProxiesYieldTheRightmostUntrustedHop() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.7"));
        assertEquals("198.51.100.4", clients.of(from("10.1.2.3", "6.6.6.6, 198.51.100.4, 192.168.1.7")));
        assertEquals("10.1.2.3", clients.of(from("10.1.2.3", "10.9.9.9")));
    }

    @Test
    void badProxyConfigurationFailsAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example")));
    }
}
