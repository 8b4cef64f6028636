package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallerTest {
    @Test
    void callersMayChangeWhatTheyOwnAndAdminsAnything() {
        Caller ann = new Caller(7, "ann", Role.USER);
        assertTrue(ann.mayChange(7L));
        assertFalse(ann.mayChange(8L));
        assertFalse(ann.mayChange(null));
        assertFalse(ann.isAdmin());
        Caller boss = Caller.of(new User(1, "boss", "h", Role.ADMIN, Instant.EPOCH, 0));
        assertTrue(boss.isAdmin());
        assertTrue(boss.mayChange(null));
        assertEquals(new Caller(1, "boss", Role.ADMIN), boss);
    }
}
