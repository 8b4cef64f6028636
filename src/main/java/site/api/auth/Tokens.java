package site.api.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Signed, expiring bearer tokens (JWT, HS256). The verifier accepts only HS256 with our key: no alg:none. A token
 * names its account and token version; who the account is and what role it has are looked up, never believed
 * from the token (the username and role claims are for clients to display).
 */
public final class Tokens {
    public static final int MIN_SECRET_BYTES = 32;
    private static final String ISSUER = "site";
    private static final String VERSION = "ver";
    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration lifetime;
    private final Clock clock;

    public Tokens(String secret, Duration lifetime, Clock clock) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.verifier = JWT.require(algorithm).withIssuer(ISSUER).build();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public IssuedToken issue(User user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String token = JWT.create()
                .withIssuer(ISSUER)
                .withSubject(Long.toString(user.id()))
                .withClaim("username", user.username())
                .withClaim("role", user.role().name())
                .withClaim(VERSION, user.tokenVersion())
                .withIssuedAt(now)
                .withExpiresAt(expiresAt)
                .sign(algorithm);
        return new IssuedToken(token, expiresAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The account a token proves, or empty when it is malformed, tampered, expired or signed otherwise. Tokens
     * from before token versions existed carry none and count as version 0, the version every account started at.
     */
    public Optional<TokenSubject> verify(String token) {
        try {
            DecodedJWT jwt = verifier.verify(token);
            Instant expires = jwt.getExpiresAtAsInstant();
            if (expires == null || !expires.isAfter(clock.instant())) return Optional.empty();
            Long version = jwt.getClaim(VERSION).asLong();
            return Optional.of(new TokenSubject(Long.parseLong(jwt.getSubject()), version == null ? 0 : version));
        } catch (JWTVerificationException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
