package site.api.http;

import io.undertow.server.HttpServerExchange;

/** The request body, received before the handler ran (see {@link BodyReader}); handlers never block reading it. */
final class RequestBody {
    private RequestBody() {}

    static byte[] read(HttpServerExchange exchange) {
        return BodyReader.received(exchange);
    }
}
