package site.api.auth;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import site.api.http.ApiException;
import site.api.http.ErrorCode;
import site.api.http.FieldError;

/** Sign-up, login, logout and the configured first admin. bcrypt runs on the {@link HashingQueue}. */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{3,30}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_USERNAME = 30;
    private final UserStore users;
    private final Passwords passwords;
    private final HashingQueue hashing;
    private final Tokens tokens;
    private final AccountCache accounts;
    private final LoginThrottle throttle;
    private final SignupMode signup;

    public AuthService(
            UserStore users,
            Passwords passwords,
            HashingQueue hashing,
            Tokens tokens,
            AccountCache accounts,
            LoginThrottle throttle,
            SignupMode signup) {
        this.users = users;
        this.passwords = passwords;
        this.hashing = hashing;
        this.tokens = tokens;
        this.accounts = accounts;
        this.throttle = throttle;
        this.signup = signup;
    }

    public AccountResponse signup(Credentials credentials) {
        if (signup == SignupMode.CLOSED) {
            throw ApiException.of(ErrorCode.FORBIDDEN, "sign-up is closed; an admin creates accounts");
        }
        return create(credentials, Role.USER);
    }

    /** A new account with {@code role}; 409 when the name is taken. */
    AccountResponse create(Credentials credentials, Role role) {
        validate(credentials);
        Optional<User> created = hashing.admit(() -> {
            String hash = hashing.run(() -> passwords.hash(credentials.password()));
            return users.create(credentials.username(), hash, role);
        });
        return created.map(AccountResponse::of)
                .orElseThrow(() -> ApiException.of(ErrorCode.CONFLICT, "username is taken"));
    }

    /**
     * Checks the password unless the account's throttle says wait (429 with Retry-After, no bcrypt spent). A block
     * this replica already knows of is answered before taking one of the hashing places.
     */
    public IssuedToken login(Credentials credentials, String address) {
        if (credentials.username() == null || credentials.password() == null) {
            throw ApiException.of(ErrorCode.BAD_CREDENTIALS, "username and password are required");
        }
        refuseIfWaiting(throttle.knownWait(credentials.username(), address));
        return hashing.admit(() -> check(credentials, address));
    }

    private IssuedToken check(Credentials credentials, String address) {
        refuseIfWaiting(throttle.claim(credentials.username(), address));
        Optional<User> user = users.findByUsername(credentials.username());
        boolean matches = hashing.run(() -> user.isEmpty()
                ? passwords.burn(credentials.password())
                : passwords.matches(credentials.password(), user.get().passwordHash()));
        if (!matches) throw ApiException.of(ErrorCode.BAD_CREDENTIALS, "wrong username or password");
        throttle.succeeded(credentials.username(), address);
        return tokens.issue(user.get());
    }

    private static void refuseIfWaiting(long waitMs) {
        if (waitMs > 0) throw ApiException.rateLimited((waitMs + 999) / 1000);
    }

    /** Ends every token of the caller's account, on every replica within the account cache's bound. */
    public void logout(Caller caller) {
        users.revokeTokens(caller.userId());
        accounts.forget(caller.userId());
    }

    public AccountResponse me(Caller caller) {
        return users.findById(caller.userId())
                .map(AccountResponse::of)
                .orElseThrow(() -> ApiException.of(ErrorCode.UNAUTHORIZED, "the account no longer exists"));
    }

    /** Makes sure the configured admin exists and is ADMIN; an existing password is left alone. */
    public void ensureAdmin(String username, String password) {
        Optional<User> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.ADMIN)
                users.setRole(existing.get().id(), Role.ADMIN);
            return;
        }
        validate(new Credentials(username, password));
        users.create(username, hashing.run(() -> passwords.hash(password)), Role.ADMIN);
        LOG.info("created admin account {}", username);
    }

    private static void validate(Credentials credentials) {
        List<FieldError> errors = new ArrayList<>();
        String username = credentials.username();
        // length() counts UTF-16 units, as H2's VARCHAR(30) does: 30 letters outside the BMP are 60 units.
        if (username == null || !USERNAME.matcher(username).matches() || username.length() > MAX_USERNAME) {
            errors.add(new FieldError(
                    "username",
                    "must be 3 to 30 letters, digits, '_', '.' or '-' (a letter outside the BMP counts as 2)"));
        }
        String password = credentials.password();
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            errors.add(new FieldError("password", "must be at most " + Passwords.MAX_BYTES + " bytes"));
        }
        if (!errors.isEmpty()) throw ApiException.invalid(errors);
    }
}
