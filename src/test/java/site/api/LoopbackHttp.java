package site.api;

/**
 * One request per connection from a chosen loopback source address (Linux routes all of 127/8 to lo), so one test
 * can be many clients to the API: it trusts no proxy and tells them apart by peer address.
 */
final class LoopbackHttp {
    private final int port;

    LoopbackHttp(int port) {
        this.port = port;
    }

    /** The response to {@code method path} sent from {@code source}, for example 127.0.0.7. */
    RawHttp.Response send(String source, String method, String path, String json) {
        String body = json == null ? "" : json;
        String request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                + (json == null
                        ? ""
                        : "Content-Type: application/json\r\nContent-Length: "
                                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n")
                + "\r\n" + body;
        try (RawHttp connection = RawHttp.connect(source, port)) {
            return connection.write(request).read(20_000);
        }
    }
}
