package site.api.auth;

/**
 * One account's login failures as the throttle keeps them.
 *
 * @param failures       failed (or still running) checks since the last success, or since they were forgotten
 * @param lastFailureMs  epoch milliseconds of the newest failure
 * @param blockedUntilMs epoch milliseconds before which no password is checked for the account
 * @param trustedAddress where the account last logged in successfully, or null
 */
public record ThrottleState(int failures, long lastFailureMs, long blockedUntilMs, String trustedAddress) {
    public static final ThrottleState NONE = new ThrottleState(0, 0, 0, null);
}
