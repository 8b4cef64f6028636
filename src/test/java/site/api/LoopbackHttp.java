package site.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Raw HTTP/1.1 from a chosen loopback source address (Linux routes all of 127/8 to lo), so one test can be many
 * clients to the API: it trusts no proxy and tells them apart by peer address. One request per connection.
 */
final class LoopbackHttp {
    private final int port;

    LoopbackHttp(int port) {
        this.port = port;
    }

    /** The status and response of {@code method path} sent from {@code source}, for example 127.0.0.7. */
    Answer send(String source, String method, String path, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                + (json == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n") + "\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A response as the flood and throttle tests look at it. */
    record Answer(int status, String head, String body) {
        static Answer parse(String response) {
            int end = response.indexOf("\r\n\r\n");
            if (end < 0) throw new IllegalStateException("no complete response: " + response);
            return new Answer(Integer.parseInt(response.substring(9, 12)), response.substring(0, end), response.substring(end + 4));
        }

        /** A header's value, or null. */
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }
}
