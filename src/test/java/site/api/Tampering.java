package site.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import site.api.auth.Role;
import site.api.auth.Tokens;
import site.api.auth.User;

/** Bad tokens of every kind the API must refuse. */
final class Tampering {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final User ADMIN = new User(1, "admin", "", Role.ADMIN, Instant.now(), 0);

    private Tampering() {}

    /** The same token with its payload changed to claim ADMIN; the signature no longer matches. */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");
        return parts[0] + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The payload kept, the header switched to alg:none and the signature dropped. */
    static String algNone(String token) {
        String[] parts = token.split("\\.");
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    /** Correctly signed, but it expired an hour ago. */
    static String expired() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        return new Tokens(ApiHarness.SECRET, Duration.ofHours(1), past)
                .issue(ADMIN)
                .token();
    }

    /** A well-formed admin token signed with someone else's key. */
    static String signedWithOtherKey() {
        return new Tokens("another-secret-another-secret-another", Duration.ofHours(1), Clock.systemUTC())
                .issue(ADMIN)
                .token();
    }
}
