package site.api.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt password hashing; slow on purpose. */
public final class Passwords {
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;

    private final int cost;
    private String dummyHash;

    public Passwords(int cost) {
        this.cost = cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) return false;
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing; always false. */
    public boolean burn(String password) {
        matches(password, dummyHash());
        return false;
    }

    /** Made on first use, not at startup, where a bcrypt round would cost tens of milliseconds. */
    private synchronized String dummyHash() {
        if (dummyHash == null) dummyHash = hash("not-a-real-password");
        return dummyHash;
    }
}
