package bench.springwas.user;

import java.time.Instant;

public record TokenResponse(String token, Instant expiresAt) {
}
