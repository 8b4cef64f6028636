package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokensTest {
    static final String SECRET = "0123456789abcdef0123456789abcdef";
    final Tokens tokens = new Tokens(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
    final User alice = new User(7, "alice", "hash", Role.USER, Instant.now(), 3);

    @Test
    void anIssuedTokenProvesItsAccountAndTokenVersion() {
        IssuedToken issued = tokens.issue(alice);
        assertEquals(new TokenSubject(7, 3), tokens.verify(issued.token()).orElseThrow());
        assertTrue(issued.expiresAt().isAfter(Instant.now().plusSeconds(200)));
    }

    @Test
    void garbageAndCutTokensAreRefused() {
        String token = tokens.issue(alice).token();
        assertTrue(tokens.verify("").isEmpty());
        assertTrue(tokens.verify("a.b.c").isEmpty());
        assertTrue(tokens.verify(token.substring(0, token.length() - 2)).isEmpty());
    }

    @Test
    void shortSecretsAreRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new Tokens("short", Duration.ofMinutes(5), Clock.systemUTC()));
    }
}
