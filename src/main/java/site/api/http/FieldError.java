package site.api.http;

/** One invalid field or parameter and what is wrong with it. */
public record FieldError(String field, String message) {}
