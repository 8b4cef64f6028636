package site.api.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The login throttle's state in a map, for unit tests; counts how often it was asked. */
final class FakeLoginAttempts implements LoginAttempts {
    final Map<String, ThrottleState> states = new HashMap<>();
    int updates;

    @Override
    public synchronized void update(String accountKey, UnaryOperator<ThrottleState> change) {
        updates++;
        states.put(accountKey, change.apply(states.getOrDefault(accountKey, ThrottleState.NONE)));
    }

    @Override
    public synchronized void forgetBefore(long beforeMs) {
        states.values().removeIf(s -> s.trustedAddress() == null && s.lastFailureMs() < beforeMs);
    }
}
