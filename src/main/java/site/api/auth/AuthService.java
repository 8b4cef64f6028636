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

/** Sign-up, login and the configured first admin. */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{3,30}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_USERNAME = 30;
    private final UserStore users;
    private final Passwords passwords;
    private final Tokens tokens;

    public AuthService(UserStore users, Passwords passwords, Tokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    public AccountView signup(Credentials credentials) {
        validate(credentials);
        return users.create(credentials.username(), passwords.hash(credentials.password()), Role.USER)
                .map(AccountView::of)
                .orElseThrow(() -> ApiException.of(ErrorCode.CONFLICT, "username is taken"));
    }

    public IssuedToken login(Credentials credentials) {
        if (credentials.username() == null || credentials.password() == null) {
            throw ApiException.of(ErrorCode.BAD_CREDENTIALS, "username and password are required");
        }
        Optional<User> user = users.findByUsername(credentials.username());
        if (user.isEmpty()) {
            passwords.burn(credentials.password());
        } else if (passwords.matches(credentials.password(), user.get().passwordHash())) {
            return tokens.issue(user.get());
        }
        throw ApiException.of(ErrorCode.BAD_CREDENTIALS, "wrong username or password");
    }

    public AccountView me(Caller caller) {
        return users.findById(caller.userId()).map(AccountView::of)
                .orElseThrow(() -> ApiException.of(ErrorCode.UNAUTHORIZED, "the account no longer exists"));
    }

    /** Makes sure the configured admin exists and is ADMIN; an existing password is left alone. */
    public void ensureAdmin(String username, String password) {
        Optional<User> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.ADMIN) users.setRole(existing.get().id(), Role.ADMIN);
            return;
        }
        validate(new Credentials(username, password));
        users.create(username, passwords.hash(password), Role.ADMIN);
        LOG.info("created admin account {}", username);
    }

    private static void validate(Credentials credentials) {
        List<FieldError> errors = new ArrayList<>();
        String username = credentials.username();
        // length() counts UTF-16 units, as H2's VARCHAR(30) does: 30 letters outside the BMP are 60 units.
        if (username == null || !USERNAME.matcher(username).matches() || username.length() > MAX_USERNAME) {
            errors.add(new FieldError("username", "must be 3 to 30 letters, digits, '_', '.' or '-' (a letter outside the BMP counts as 2)"));
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
