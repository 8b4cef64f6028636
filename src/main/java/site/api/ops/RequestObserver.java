package site.api.ops;

import io.undertow.server.HttpServerExchange;

/** Something told about every finished request: metrics, the access log. */
public interface RequestObserver {
    void completed(HttpServerExchange exchange, long nanos);
}
