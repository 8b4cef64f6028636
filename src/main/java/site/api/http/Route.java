package site.api.http;

import io.undertow.server.HttpHandler;

/** One endpoint: method, Undertow path template, who may call it, and its handler. */
public record Route(String method, String template, Exposure exposure, HttpHandler handler) {

    /** Who may call a route; the route table wraps each handler accordingly. */
    public enum Exposure {
        /** Anyone; a bearer token, when sent, must be valid and identifies the caller. */
        PUBLIC,
        /** A logged-in user. */
        USER,
        /** A logged-in ADMIN. */
        ADMIN,
        /** Probes, metrics and docs: no auth, no rate limit. */
        OPS
    }
}
