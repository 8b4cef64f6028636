package site.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import site.api.ApiConfig;
import site.api.auth.AuthConfig;
import site.api.auth.LoginThrottle;
import site.api.auth.SignupMode;
import site.api.comments.CommentsConfig;
import site.api.http.BodyLimits;
import site.api.http.LimitsConfig;
import site.api.store.DatabaseConfig;

/**
 * Turns the environment into an {@link ApiConfig}. Spring's variable names are honoured after ours, so the
 * WAS's existing ConfigMaps and Secrets keep working.
 */
final class ApiSettings {
    private final Map<String, String> env;

    ApiSettings(Map<String, String> env) {
        this.env = env;
    }

    ApiConfig config(Path dataDir, String version) {
        return new ApiConfig(database(dataDir), auth(), limits(), body(), comments(), version);
    }

    BodyLimits body() {
        BodyLimits defaults = BodyLimits.defaults();
        return new BodyLimits(seconds("SITE_BODY_TIMEOUT_SECONDS", (int) defaults.timeout().toSeconds()),
                integer("SITE_BODIES_PER_CLIENT", defaults.perClient()),
                integer("SITE_BODY_BUFFER_BYTES", (int) defaults.bufferedBytes()));
    }

    DatabaseConfig database(Path dataDir) {
        String url = first("SITE_DB_URL", "SPRING_DATASOURCE_URL");
        if (url == null) return DatabaseConfig.h2File(dataDir);
        return new DatabaseConfig(url, orEmpty(first("SITE_DB_USER", "SPRING_DATASOURCE_USERNAME")),
                orEmpty(first("SITE_DB_PASSWORD", "SPRING_DATASOURCE_PASSWORD")),
                integer("SITE_DB_POOL_SIZE", DatabaseConfig.DEFAULT_POOL_SIZE));
    }

    AuthConfig auth() {
        LoginThrottle.Policy throttle = LoginThrottle.Policy.defaults();
        return new AuthConfig(first("SITE_JWT_SECRET", "JWT_SECRET"),
                Duration.ofMinutes(integer("SITE_TOKEN_MINUTES", (int) AuthConfig.DEFAULT_TOKEN_LIFETIME.toMinutes())),
                integer("SITE_BCRYPT_COST", AuthConfig.DEFAULT_BCRYPT_COST),
                first("SITE_ADMIN_USERNAME"), first("SITE_ADMIN_PASSWORD"),
                choice("SITE_SIGNUP", SignupMode.class, SignupMode.OPEN),
                Duration.ofMillis(integer("SITE_ACCOUNT_CACHE_MILLIS", (int) AuthConfig.DEFAULT_ACCOUNT_CACHE_BOUND.toMillis())),
                new LoginThrottle.Policy(integer("SITE_LOGIN_FREE_FAILURES", throttle.freeFailures()), throttle.firstDelay(),
                        seconds("SITE_LOGIN_MAX_DELAY_SECONDS", (int) throttle.maxDelay().toSeconds()), throttle.forgetAfter()),
                integer("SITE_HASH_THREADS", AuthConfig.DEFAULT_HASH_THREADS),
                integer("SITE_HASH_QUEUE", AuthConfig.DEFAULT_HASH_QUEUE),
                flag("SITE_INFO_RUNTIME"));
    }

    LimitsConfig limits() {
        LimitsConfig defaults = LimitsConfig.defaults();
        return new LimitsConfig(
                integer("SITE_MAX_BODY_BYTES", (int) defaults.maxBodyBytes()),
                integer("SITE_WRITES_PER_MINUTE", defaults.writesPerMinute()),
                integer("SITE_AUTH_PER_MINUTE", defaults.authPerMinute()),
                list("SITE_TRUSTED_PROXIES"), list("SITE_CORS_ORIGINS"),
                choice("SITE_RATE_LIMIT_STATE", LimitsConfig.RateState.class, LimitsConfig.RateState.AUTO));
    }

    CommentsConfig comments() {
        CommentsConfig defaults = CommentsConfig.defaults();
        String siteUrl = first("SITE_BASE_URL");
        return new CommentsConfig(
                Duration.ofMinutes(integer("SITE_COMMENT_EDIT_MINUTES", (int) defaults.editWindow().toMinutes())),
                flag("SITE_COMMENT_PREMODERATION"), siteUrl == null ? defaults.siteUrl() : siteUrl);
    }

    Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(first(name));
    }

    int integer(String name, int fallback) {
        String value = first(name);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** One of an enum's constants, by name in any case; anything else names the variable and the choices. */
    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String value = first(name);
        if (value == null) return fallback;
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) return constant;
        }
        throw new IllegalArgumentException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                .toLowerCase(Locale.ROOT) + ", not '" + value + "'");
    }

    /** The first of {@code names} that is set and not blank. */
    String first(String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) return value;
        }
        return null;
    }

    private List<String> list(String name) {
        String value = first(name);
        if (value == null) return List.of();
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
