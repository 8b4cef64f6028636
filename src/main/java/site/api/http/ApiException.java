package site.api.http;

import java.util.List;

/** An expected failure that becomes a problem+json response; carries no stack trace because it is not a bug. */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    private ApiException(ErrorCode code, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException of(ErrorCode code, String detail) {
        return new ApiException(code, detail, List.of(), 0);
    }

    /** A validation failure naming each bad field. */
    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiException(ErrorCode.VALIDATION, detail, errors, 0);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** A bad query or path parameter, named in {@code errors} like a field. */
    public static ApiException badParameter(String name, String message) {
        return new ApiException(
                ErrorCode.BAD_PARAMETER, name + ": " + message, List.of(new FieldError(name, message)), 0);
    }

    public static ApiException notFound(String detail) {
        return of(ErrorCode.NOT_FOUND, detail);
    }

    public static ApiException rateLimited(long retryAfterSeconds) {
        return new ApiException(
                ErrorCode.RATE_LIMITED,
                "rate limit exceeded; retry in " + retryAfterSeconds + " s",
                List.of(),
                retryAfterSeconds);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
