package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import site.api.auth.UserStore.AccountChange;
import site.api.store.Database;
import site.api.store.DatabaseConfig;
import site.api.store.Migrations;

/**
 * The SQL stores of accounts and login attempts on embedded H2 (migrated as in production), fast enough for a
 * unit test; the same stores run against MariaDB in the contract ITs.
 */
class JdbiStoresH2Test {
    final Database database = Database.open(
            DatabaseConfig.h2Memory("auth_" + UUID.randomUUID().toString().replace("-", "")),
            new SimpleMeterRegistry());
    final JdbiUserStore users;
    final JdbiLoginAttempts attempts;

    JdbiStoresH2Test() {
        Migrations.run(database.dataSource());
        users = new JdbiUserStore(database.jdbi());
        attempts = new JdbiLoginAttempts(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void accountsAreCreatedOnceAndFoundByNameAndId() {
        User ann = users.create("ann", "hash-a", Role.USER).orElseThrow();
        assertEquals("ann", ann.username());
        assertEquals("hash-a", ann.passwordHash());
        assertEquals(Role.USER, ann.role());
        assertEquals(0, ann.tokenVersion());
        assertEquals(Optional.of(ann), users.findById(ann.id()));
        assertEquals(Optional.of(ann), users.findByUsername("ann"));
        assertEquals(Optional.empty(), users.create("ann", "other", Role.ADMIN), "the name is taken");
        assertEquals(Optional.empty(), users.findById(ann.id() + 100));
        assertEquals(Optional.empty(), users.findByUsername("nobody"));
    }

    @Test
    void rolesChangeButTheLastAdminStays() {
        User root = users.create("root", "h", Role.ADMIN).orElseThrow();
        User ann = users.create("ann", "h", Role.USER).orElseThrow();
        assertEquals(AccountChange.LAST_ADMIN, users.changeRole("root", Role.USER));
        assertEquals(Role.ADMIN, users.findById(root.id()).orElseThrow().role());
        assertEquals(AccountChange.NOT_FOUND, users.changeRole("nobody", Role.USER));
        assertEquals(AccountChange.DONE, users.changeRole("ann", Role.ADMIN));
        assertEquals(Role.ADMIN, users.findById(ann.id()).orElseThrow().role());
        assertEquals(AccountChange.DONE, users.changeRole("root", Role.USER), "another admin exists now");
        assertEquals(Role.USER, users.findById(root.id()).orElseThrow().role());
        users.setRole(root.id(), Role.ADMIN);
        assertEquals(Role.ADMIN, users.findById(root.id()).orElseThrow().role());
    }

    @Test
    void deletingAndRevokingNeedAnAccountAndSpareTheLastAdmin() {
        User root = users.create("root", "h", Role.ADMIN).orElseThrow();
        User ann = users.create("ann", "h", Role.USER).orElseThrow();
        assertEquals(AccountChange.LAST_ADMIN, users.delete("root"));
        assertTrue(users.findById(root.id()).isPresent());
        assertTrue(users.revokeTokens(ann.id()));
        assertTrue(users.revokeTokens(ann.id()));
        assertEquals(2, users.findById(ann.id()).orElseThrow().tokenVersion());
        assertEquals(0, users.findById(root.id()).orElseThrow().tokenVersion(), "only that account's tokens");
        assertEquals(AccountChange.DONE, users.delete("ann"));
        assertEquals(Optional.empty(), users.findById(ann.id()));
        assertEquals(AccountChange.NOT_FOUND, users.delete("ann"));
        assertFalse(users.revokeTokens(ann.id()));
    }

    @Test
    void throttleStatesAreReadAndWrittenUnderTheRowLock() {
        AtomicReference<ThrottleState> seen = new AtomicReference<>();
        attempts.update("k1", state -> {
            seen.set(state);
            return new ThrottleState(1, 1_000, 2_000, null);
        });
        assertEquals(ThrottleState.NONE, seen.get(), "a new account starts with no failures");
        attempts.update("k1", state -> {
            seen.set(state);
            return new ThrottleState(2, 5_000, 6_000, "10.0.0.1");
        });
        assertEquals(new ThrottleState(1, 1_000, 2_000, null), seen.get());
        attempts.update("k1", state -> {
            seen.set(state);
            return state;
        });
        assertEquals(new ThrottleState(2, 5_000, 6_000, "10.0.0.1"), seen.get());
    }

    @Test
    void forgettingDropsOnlyOldUntrustedStates() {
        attempts.update("old", s -> new ThrottleState(3, 1_000, 0, null));
        attempts.update("edge", s -> new ThrottleState(3, 2_000, 0, null));
        attempts.update("trusted", s -> new ThrottleState(0, 0, 0, "10.0.0.1"));
        attempts.forgetBefore(2_000);
        assertEquals(ThrottleState.NONE, read("old"));
        assertEquals(new ThrottleState(3, 2_000, 0, null), read("edge"));
        assertEquals(new ThrottleState(0, 0, 0, "10.0.0.1"), read("trusted"));
    }

    private ThrottleState read(String key) {
        AtomicReference<ThrottleState> seen = new AtomicReference<>();
        attempts.update(key, state -> {
            seen.set(state);
            return state;
        });
        return seen.get();
    }
}
