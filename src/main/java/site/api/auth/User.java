package site.api.auth;

import java.time.Instant;

/**
 * A stored account. The password is only ever held as its bcrypt hash.
 *
 * @param tokenVersion tokens issued at another version are refused; bumped by logout and revocation
 */
public record User(long id, String username, String passwordHash, Role role, Instant createdAt, long tokenVersion) {}
