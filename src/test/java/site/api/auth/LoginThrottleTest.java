package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    final FakeLoginAttempts attempts = new FakeLoginAttempts();
    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(attempts, LoginThrottle.Policy.defaults(), clock);

    @Test
    void fiveFreeFailuresThenWaitsThatDoubleUpToAMinute() {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) assertEquals(0, throttle.claim("admin", "10.0.0.1"));
        for (int i = 0; i < 9; i++) {
            long wait = throttle.claim("admin", "10.0.0.2");
            waits.add(wait);
            clock.advance(wait);
            assertEquals(0, throttle.claim("admin", "10.0.0.1"));
        }
        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 60_000L, 60_000L, 60_000L), waits);
    }

    @Test
    void theFifthFailureBlocksForASecondWhateverTheAddress() {
        for (int i = 1; i <= 5; i++) assertEquals(0, throttle.claim("Admin", "10.0.0." + i));
        assertEquals(1_000, throttle.claim("ADMIN", "10.0.0.99"));
        clock.advance(1_000);
        assertEquals(0, throttle.claim("admin", "10.0.0.99"));
    }

    @Test
    void aSuccessClearsTheFailuresAndTrustsItsAddress() {
        for (int i = 0; i < 5; i++) throttle.claim("alice", "10.0.0.2");
        assertEquals(1_000, throttle.claim("alice", "10.0.0.2"));
        throttle.succeeded("alice", "192.168.1.5");
        for (int i = 0; i < 5; i++) assertEquals(0, throttle.claim("alice", "10.0.0.2"));
        assertEquals(1_000, throttle.claim("alice", "10.0.0.2"));
        assertEquals(0, throttle.claim("alice", "192.168.1.5"), "the owner's address skips the back-off");
    }

    @Test
    void aRememberedBlockRefusesWithoutAskingTheStore() {
        for (int i = 0; i < 5; i++) throttle.claim("bob", "10.0.0.2");
        assertEquals(1_000, throttle.claim("bob", "10.0.0.2"));
        int before = attempts.updates;
        for (int i = 0; i < 100; i++) assertEquals(1_000, throttle.claim("bob", "10.0.0.3"));
        assertEquals(before, attempts.updates);
    }

    @Test
    void failuresOlderThanFifteenMinutesAreForgotten() {
        for (int i = 0; i < 5; i++) throttle.claim("carol", "10.0.0.2");
        clock.advance(Duration.ofMinutes(16).toMillis());
        for (int i = 0; i < 5; i++) assertEquals(0, throttle.claim("carol", "10.0.0.2"));
        assertEquals(1_000, throttle.claim("carol", "10.0.0.2"));
    }

    @Test
    void aKnownBlockIsAnsweredWithoutTheDatabaseUntilItsLastMillisecond() {
        for (int i = 0; i < 5; i++) throttle.claim("dave", "10.0.0.1");
        assertEquals(1_000, throttle.claim("dave", "10.0.0.1"));
        int updates = attempts.updates;
        clock.advance(400);
        assertEquals(600, throttle.knownWait("dave", "10.0.0.1"));
        assertEquals(600, throttle.claim("Dave", "10.0.0.1"));
        assertEquals(updates, attempts.updates, "the block was known: no database round trip");
        clock.advance(600);
        assertEquals(0, throttle.knownWait("dave", "10.0.0.1"), "the block ends at its last millisecond");
    }

    @Test
    void aTrustedAddressIsNeitherCountedNorBlocked() {
        throttle.succeeded("erin", "10.0.0.7");
        for (int i = 0; i < 5; i++) throttle.claim("erin", "10.0.0.8");
        assertEquals(1_000, throttle.claim("erin", "10.0.0.8"));
        assertEquals(0, throttle.knownWait("erin", "10.0.0.7"));
        for (int i = 0; i < 3; i++) assertEquals(0, throttle.claim("erin", "10.0.0.7"));
        assertEquals(
                5, attempts.states.get(LoginThrottle.key("erin")).failures(), "the trusted claims were not counted");
    }

    @Test
    void failuresExactlyFifteenMinutesOldStillCount() {
        for (int i = 0; i < 5; i++) throttle.claim("fay", "10.0.0.1");
        clock.advance(Duration.ofMinutes(15).toMillis());
        assertEquals(0, throttle.claim("fay", "10.0.0.1"));
        assertEquals(2_000, throttle.claim("fay", "10.0.0.1"), "the sixth failure doubled the wait");
    }

    @Test
    void aSweepAMinuteAfterTheLastForgetsOnlyExpiredFailures() {
        throttle.claim("gus", "10.0.0.1"); // the first claim sweeps
        clock.advance(Duration.ofMinutes(15).toMillis() + 1);
        throttle.claim("hal", "10.0.0.1");
        assertFalse(attempts.states.containsKey(LoginThrottle.key("gus")), "gus's failure expired and was swept");
        assertTrue(attempts.states.containsKey(LoginThrottle.key("hal")), "hal's fresh failure stays");
        clock.advance(Duration.ofMinutes(15).toMillis() + 1);
        attempts.states.put(LoginThrottle.key("ivy"), new ThrottleState(1, 0, 0, null));
        throttle.claim("hal", "10.0.0.1");
        assertFalse(attempts.states.containsKey(LoginThrottle.key("ivy")), "a later claim sweeps again");
        clock.advance(59_999);
        attempts.states.put(LoginThrottle.key("ivy"), new ThrottleState(1, 0, 0, null));
        throttle.claim("hal", "10.0.0.1");
        assertTrue(
                attempts.states.containsKey(LoginThrottle.key("ivy")), "less than a minute after the last sweep: none");
        clock.advance(1);
        throttle.claim("hal", "10.0.0.1");
        assertFalse(attempts.states.containsKey(LoginThrottle.key("ivy")), "a minute after the last sweep: swept");
    }

    @Test
    void keysAreCaseInsensitiveHashesOfTheName() {
        assertEquals(LoginThrottle.key("Admin"), LoginThrottle.key("admin"));
        assertEquals(64, LoginThrottle.key("admin").length());
        assertNotEquals(LoginThrottle.key("admin"), LoginThrottle.key("admim"));
        assertFalse(LoginThrottle.key("admin").contains("admin"));
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
