package site.api.auth;

import java.time.Duration;

/**
 * Token and password settings, and the first admin (created only when both name and password are given).
 *
 * @param tokenSecret HS256 key, at least 32 bytes; every replica needs the same one
 */
public record AuthConfig(String tokenSecret, Duration tokenLifetime, int bcryptCost,
                         String adminUsername, String adminPassword) {
    public static final int DEFAULT_BCRYPT_COST = 10;
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(12);

    @Override
    public String toString() {
        return "AuthConfig[tokenLifetime=" + tokenLifetime + ", bcryptCost=" + bcryptCost + ", admin=" + adminUsername + "]";
    }
}
