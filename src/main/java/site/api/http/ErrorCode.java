package site.api.http;

/**
 * Every kind of error the API answers with, in one place. The code is stable: clients and dashboards may match
 * on it, so rename nothing here; add new codes instead.
 */
public enum ErrorCode {
    VALIDATION(400, "Validation failed"),
    MALFORMED_JSON(400, "Malformed JSON"),
    BAD_PARAMETER(400, "Invalid parameter"),
    UNAUTHORIZED(401, "Authentication required"),
    BAD_CREDENTIALS(401, "Wrong username or password"),
    FORBIDDEN(403, "Forbidden"),
    EDIT_WINDOW_CLOSED(403, "Edit window closed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    REQUEST_TIMEOUT(408, "Request timeout"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RATE_LIMITED(429, "Too many requests"),
    INTERNAL(500, "Internal server error"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The stable code in kebab case, for example {@code edit-window-closed}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The RFC 9457 problem type URI. */
    public String type() {
        return "urn:site:problem:" + code();
    }
}
