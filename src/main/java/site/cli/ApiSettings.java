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
import site.cli.logging.LogLevel;

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
        return new BodyLimits(
                seconds(ApiSetting.BODY_TIMEOUT_SECONDS, (int)
                        defaults.timeout().toSeconds()),
                integer(ApiSetting.BODIES_PER_CLIENT, defaults.perClient()),
                integer(ApiSetting.BODY_BUFFER_BYTES, (int) defaults.bufferedBytes()));
    }

    DatabaseConfig database(Path dataDir) {
        String url = first(ApiSetting.DB_URL);
        if (url == null) return DatabaseConfig.h2File(dataDir);
        return new DatabaseConfig(
                url,
                orEmpty(first(ApiSetting.DB_USER)),
                orEmpty(first(ApiSetting.DB_PASSWORD)),
                integer(ApiSetting.DB_POOL_SIZE, DatabaseConfig.DEFAULT_POOL_SIZE));
    }

    AuthConfig auth() {
        LoginThrottle.Policy throttle = LoginThrottle.Policy.defaults();
        return new AuthConfig(
                first(ApiSetting.JWT_SECRET),
                Duration.ofMinutes(
                        integer(ApiSetting.TOKEN_MINUTES, (int) AuthConfig.DEFAULT_TOKEN_LIFETIME.toMinutes())),
                integer(ApiSetting.BCRYPT_COST, AuthConfig.DEFAULT_BCRYPT_COST),
                first(ApiSetting.ADMIN_USERNAME),
                first(ApiSetting.ADMIN_PASSWORD),
                choice(ApiSetting.SIGNUP, SignupMode.class, SignupMode.OPEN),
                Duration.ofMillis(integer(
                        ApiSetting.ACCOUNT_CACHE_MILLIS, (int) AuthConfig.DEFAULT_ACCOUNT_CACHE_BOUND.toMillis())),
                new LoginThrottle.Policy(
                        integer(ApiSetting.LOGIN_FREE_FAILURES, throttle.freeFailures()),
                        throttle.firstDelay(),
                        seconds(ApiSetting.LOGIN_MAX_DELAY_SECONDS, (int)
                                throttle.maxDelay().toSeconds()),
                        throttle.forgetAfter()),
                integer(ApiSetting.HASH_THREADS, AuthConfig.DEFAULT_HASH_THREADS),
                integer(ApiSetting.HASH_QUEUE, AuthConfig.DEFAULT_HASH_QUEUE),
                flag(ApiSetting.INFO_RUNTIME));
    }

    LimitsConfig limits() {
        LimitsConfig defaults = LimitsConfig.defaults();
        return new LimitsConfig(
                integer(ApiSetting.MAX_BODY_BYTES, (int) defaults.maxBodyBytes()),
                integer(ApiSetting.WRITES_PER_MINUTE, defaults.writesPerMinute()),
                integer(ApiSetting.AUTH_PER_MINUTE, defaults.authPerMinute()),
                list(ApiSetting.TRUSTED_PROXIES),
                list(ApiSetting.CORS_ORIGINS),
                choice(ApiSetting.RATE_LIMIT_STATE, LimitsConfig.RateState.class, LimitsConfig.RateState.AUTO));
    }

    CommentsConfig comments() {
        CommentsConfig defaults = CommentsConfig.defaults();
        String siteUrl = first(ApiSetting.BASE_URL);
        return new CommentsConfig(
                Duration.ofMinutes(integer(ApiSetting.COMMENT_EDIT_MINUTES, (int)
                        defaults.editWindow().toMinutes())),
                flag(ApiSetting.COMMENT_PREMODERATION),
                siteUrl == null ? defaults.siteUrl() : siteUrl);
    }

    LogLevel logLevel() {
        return choice(ApiSetting.LOG_LEVEL, LogLevel.class, LogLevel.INFO);
    }

    Duration seconds(ApiSetting setting, int fallback) {
        return Duration.ofSeconds(integer(setting, fallback));
    }

    boolean flag(ApiSetting setting) {
        return Boolean.parseBoolean(first(setting));
    }

    int integer(ApiSetting setting, int fallback) {
        String name = setting.names().get(0);
        String value = first(setting);
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** One of an enum's constants, by name in any case; anything else names the variable and the choices. */
    <E extends Enum<E>> E choice(ApiSetting setting, Class<E> type, E fallback) {
        String name = setting.names().get(0);
        String value = first(setting);
        if (value == null) return fallback;
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) return constant;
        }
        throw new IllegalArgumentException(name + " must be one of "
                + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'");
    }

    /** The first of the setting's names that is set and not blank. */
    String first(ApiSetting setting) {
        for (String name : setting.names()) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) return value;
        }
        return null;
    }

    private List<String> list(ApiSetting setting) {
        String value = first(setting);
        if (value == null) return List.of();
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
