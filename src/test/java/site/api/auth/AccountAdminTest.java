package site.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import site.api.http.ApiException;
import site.api.http.ErrorCode;

/** Admin changes to accounts: the last admin stays, and every change is seen at once through the account cache. */
class AccountAdminTest {
    final MapUserStore users = new MapUserStore();
    final HashingQueue hashing = new HashingQueue(1, 4);
    // a bound of an hour: anything seen fresh below was forgotten by the admin action, not expired
    final AccountCache accounts = new AccountCache(users, Duration.ofHours(1), new AtomicLong()::get);
    final AuthService auth = new AuthService(
            users,
            new Passwords(4),
            hashing,
            new Tokens(AuthServiceTest.SECRET, Duration.ofMinutes(5), Clock.systemUTC()),
            accounts,
            new LoginThrottle(new FakeLoginAttempts(), LoginThrottle.Policy.defaults(), Clock.systemUTC()),
            SignupMode.CLOSED);
    final AccountAdmin admin = new AccountAdmin(users, auth, accounts);
    final User root = users.create("root", "h", Role.ADMIN).orElseThrow();

    @AfterEach
    void close() {
        hashing.close();
    }

    @Test
    void createMakesAUserUnlessARoleIsGiven() {
        assertEquals(
                Role.USER,
                admin.create(new NewAccount("ann", "long enough", null)).role());
        assertEquals(
                Role.ADMIN,
                admin.create(new NewAccount("bob", "long enough", Role.ADMIN)).role());
        assertEquals(Role.ADMIN, users.findByUsername("bob").orElseThrow().role());
    }

    @Test
    void aRoleChangeIsSeenAtOnceAndTheLastAdminCannotBeDemoted() {
        User ann = users.create("ann", "h", Role.USER).orElseThrow();
        accounts.current(ann.id());
        AccountResponse promoted = admin.changeRole("ann", new RoleChange(Role.ADMIN));
        assertEquals(new AccountResponse(ann.id(), "ann", Role.ADMIN), promoted);
        assertEquals(Role.ADMIN, accounts.current(ann.id()).orElseThrow().role(), "the cached account was forgotten");

        admin.changeRole("ann", new RoleChange(Role.USER));
        ApiException last = assertThrows(ApiException.class, () -> admin.changeRole("root", new RoleChange(Role.USER)));
        assertEquals(ErrorCode.CONFLICT, last.code());
        assertTrue(last.getMessage().contains("cannot demote root"), last.getMessage());
        assertEquals(ErrorCode.VALIDATION, code(() -> admin.changeRole("ann", new RoleChange(null))));
        assertEquals(ErrorCode.NOT_FOUND, code(() -> admin.changeRole("nobody", new RoleChange(Role.USER))));
    }

    @Test
    void deleteRemovesTheAccountUnlessItIsTheLastAdmin() {
        User ann = users.create("ann", "h", Role.USER).orElseThrow();
        accounts.current(ann.id());
        admin.delete("ann");
        assertTrue(accounts.current(ann.id()).isEmpty(), "the cached account was forgotten");
        assertEquals(ErrorCode.CONFLICT, code(() -> admin.delete("root")));
        assertTrue(users.findById(root.id()).isPresent());
        assertEquals(ErrorCode.NOT_FOUND, code(() -> admin.delete("ann")));
    }

    @Test
    void revokingBumpsTheTokenVersionAndIsSeenAtOnce() {
        accounts.current(root.id());
        admin.revokeTokens("root");
        assertEquals(1, accounts.current(root.id()).orElseThrow().tokenVersion());
        assertEquals(ErrorCode.NOT_FOUND, code(() -> admin.revokeTokens("nobody")));
    }

    @Test
    void anAccountGoneBetweenLookupAndRevocationIsNotFound() {
        UserStore vanishing = new MapUserStore() {
            @Override
            public boolean revokeTokens(long id) {
                return false;
            }
        };
        vanishing.create("ann", "h", Role.USER);
        AccountAdmin racing = new AccountAdmin(vanishing, auth, accounts);
        assertEquals(ErrorCode.NOT_FOUND, code(() -> racing.revokeTokens("ann")));
    }

    static ErrorCode code(Runnable call) {
        return assertThrows(ApiException.class, call::run).code();
    }
}
