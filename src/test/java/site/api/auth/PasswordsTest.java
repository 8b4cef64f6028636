package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    final Passwords passwords = new Passwords(4);

    @Test
    void hashesAreSaltedBcryptAndVerify() {
        String hash = passwords.hash("correct horse");
        assertTrue(hash.startsWith("$2a$04$"));
        assertNotEquals(hash, passwords.hash("correct horse"));
        assertTrue(passwords.matches("correct horse", hash));
        assertFalse(passwords.matches("correct horsf", hash));
    }

    @Test
    void overlongPasswordsNeverMatch() {
        assertFalse(passwords.matches("x".repeat(100), passwords.hash("x".repeat(72))));
    }

    @Test
    void aPasswordOfExactly72BytesStillMatches() {
        String longest = "한".repeat(24); // 24 three-byte characters: 72 bytes, all of which bcrypt reads
        assertTrue(passwords.matches(longest, passwords.hash(longest)));
        assertFalse(passwords.matches(longest + "x", passwords.hash(longest)), "73 bytes are refused, not cut");
    }
}
