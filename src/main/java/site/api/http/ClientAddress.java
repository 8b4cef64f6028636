package site.api.http;

import io.undertow.server.HttpServerExchange;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The client's address for rate limits: the peer, or, when the peer is a trusted proxy, the rightmost
 * X-Forwarded-For entry that is not itself a trusted proxy (entries further left are client-controlled).
 */
public final class ClientAddress {
    private final List<Range> trusted;

    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Range::parse).toList();
    }

    public String of(HttpServerExchange exchange) {
        String peer = exchange.getSourceAddress().getAddress().getHostAddress();
        String forwarded = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        if (forwarded == null || !isTrusted(peer)) return peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) return hop;
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An address or CIDR range, for example {@code 10.0.0.0/8}. */
    private record Range(BigInteger network, int bits, int length) {
        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            return new Range(new BigInteger(1, address).shiftRight(address.length * 8 - bits), bits, address.length);
        }

        boolean contains(String text) {
            byte[] address = literal(text);
            return address != null
                    && address.length == length
                    && new BigInteger(1, address).shiftRight(length * 8 - bits).equals(network);
        }

        /** Parses only literal addresses: never a DNS lookup for a header value. */
        private static byte[] literal(String text) {
            if (!text.matches("[0-9a-fA-F:.]+")) return null;
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
