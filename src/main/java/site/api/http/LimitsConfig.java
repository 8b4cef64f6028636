package site.api.http;

import java.util.List;

/**
 * Request limits and cross-origin policy.
 *
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param writesPerMinute writes (POST, PUT, PATCH, DELETE) per client address per minute
 * @param authPerMinute   sign-ups and logins per client address per minute
 * @param trustedProxies  addresses or CIDR ranges whose X-Forwarded-For is believed
 * @param corsOrigins     origins allowed to call the API from a browser
 * @param rateState       where the per-address budgets live
 */
public record LimitsConfig(
        long maxBodyBytes,
        int writesPerMinute,
        int authPerMinute,
        List<String> trustedProxies,
        List<String> corsOrigins,
        RateState rateState) {

    /** Where rate-limit budgets are kept. AUTO: in the database when it is shared (MySQL/MariaDB), else in memory. */
    public enum RateState {
        AUTO,
        MEMORY,
        DATABASE
    }

    public LimitsConfig(
            long maxBodyBytes,
            int writesPerMinute,
            int authPerMinute,
            List<String> trustedProxies,
            List<String> corsOrigins) {
        this(maxBodyBytes, writesPerMinute, authPerMinute, trustedProxies, corsOrigins, RateState.AUTO);
    }

    public static LimitsConfig defaults() {
        return new LimitsConfig(64 * 1024, 60, 10, List.of(), List.of());
    }

    public LimitsConfig withRateState(RateState state) {
        return new LimitsConfig(maxBodyBytes, writesPerMinute, authPerMinute, trustedProxies, corsOrigins, state);
    }
}
