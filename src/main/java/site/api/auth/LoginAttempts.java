package site.api.auth;

import java.util.function.UnaryOperator;

/** The login throttle's state, shared by every replica. */
public interface LoginAttempts {
    /**
     * Applies {@code change} to the account's state ({@link ThrottleState#NONE} when it has none) and stores the
     * result, atomically: concurrent logins to one account, on any replica, see each other's changes.
     */
    void update(String accountKey, UnaryOperator<ThrottleState> change);

    /** Drops states whose newest failure is older than {@code beforeMs} and that trust no address. */
    void forgetBefore(long beforeMs);
}
