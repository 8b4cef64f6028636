package site.api.auth;

import java.time.Instant;

/** The login response: a bearer token and when it stops working. */
public record IssuedToken(String token, Instant expiresAt) {}
