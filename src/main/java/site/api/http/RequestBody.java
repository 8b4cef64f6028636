package site.api.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.IOException;

/** Reads a request body on a worker thread, never more than the exchange's entity limit. */
final class RequestBody {
    private RequestBody() {}

    static byte[] read(HttpServerExchange exchange) {
        if (!exchange.isBlocking()) exchange.startBlocking();
        try {
            return exchange.getInputStream().readAllBytes();
        } catch (RequestTooBigException e) {
            throw ApiException.of(ErrorCode.PAYLOAD_TOO_LARGE, "the request body exceeds " + exchange.getMaxEntitySize() + " bytes");
        } catch (IOException e) {
            throw ApiException.of(ErrorCode.MALFORMED_JSON, "the request body could not be read");
        }
    }
}
