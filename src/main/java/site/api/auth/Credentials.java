package site.api.auth;

/** A signup or login request body. */
public record Credentials(String username, String password) {}
