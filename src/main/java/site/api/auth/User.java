package site.api.auth;

import java.time.Instant;

/** A stored account. The password is only ever held as its bcrypt hash. */
public record User(long id, String username, String passwordHash, Role role, Instant createdAt) {}
