package site.api.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.PathTemplateMatch;
import java.util.List;
import java.util.function.BiFunction;

/** Dispatches requests to routes; unknown paths are 404 and wrong methods 405, both as problem+json. */
public final class RouteTable {
    private RouteTable() {}

    /**
     * @param guard wraps a handler with the access check its exposure needs
     */
    public static HttpHandler handler(List<Route> routes, BiFunction<Route.Exposure, HttpHandler, HttpHandler> guard) {
        RoutingHandler routing = new RoutingHandler(false);
        for (Route route : routes) {
            HttpHandler guarded = guard.apply(route.exposure(), route.handler());
            routing.add(route.method(), route.template(), guarded);
            // HEAD is GET without the body (Undertow drops it and keeps the length), as RFC 9110 and Spring have it
            if (route.method().equals("GET")) routing.add("HEAD", route.template(), guarded);
        }
        routing.setFallbackHandler(exchange ->
                Problems.send(exchange, ErrorCode.NOT_FOUND, "no resource at " + exchange.getRequestPath()));
        routing.setInvalidMethodHandler(exchange -> Problems.send(
                exchange, ErrorCode.METHOD_NOT_ALLOWED, exchange.getRequestMethod() + " is not allowed here"));
        return routing;
    }

    /** The matched route template (a low-cardinality label), or Spring's names for unmatched requests. */
    public static String template(HttpServerExchange exchange) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        if (match != null) return match.getMatchedTemplate();
        int status = exchange.getStatusCode();
        if (status == 404) return "NOT_FOUND";
        if (status >= 300 && status < 400) return "REDIRECTION";
        return "UNKNOWN";
    }
}
