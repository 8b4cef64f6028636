package site.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every environment variable `site api` reads, declared once: its names (ours first, then the Spring WAS's),
 * its default as operators read it, and what it means. {@link ApiSettings} reads only these, `site api --help`
 * lists them and docs/OPERATIONS.md's settings table must equal {@link #markdownTable()} (tested).
 */
enum ApiSetting {
    DB_URL(
            "H2 file under `--data`",
            "JDBC URL, e.g. `jdbc:mysql://mysql:3306/board`",
            "SITE_DB_URL",
            "SPRING_DATASOURCE_URL"),
    DB_USER("empty", "database user", "SITE_DB_USER", "SPRING_DATASOURCE_USERNAME"),
    DB_PASSWORD("empty", "database password", "SITE_DB_PASSWORD", "SPRING_DATASOURCE_PASSWORD"),
    DB_POOL_SIZE(
            "2 × cores + 2 (6 on 2 cores)",
            "HikariCP pool size, and as many worker threads: requests queue in" + " Undertow, not inside the pool",
            "SITE_DB_POOL_SIZE"),
    PORT("8080", "port, when `--port` is not given", "SERVER_PORT"),
    JWT_SECRET(
            "random per process",
            "HS256 key, at least 32 bytes. Set it: with a random key tokens die with the"
                    + " process and differ between replicas",
            "SITE_JWT_SECRET",
            "JWT_SECRET"),
    TOKEN_MINUTES(
            "480",
            "token lifetime (8 h, a working day: a lost token is revoked with logout or an admin's"
                    + " revoke rather than waited out, so the lifetime only bounds a leak nobody noticed)",
            "SITE_TOKEN_MINUTES"),
    ACCOUNT_CACHE_MILLIS(
            "2000",
            "how long a replica may use what it read of an account (role, token version,"
                    + " existence): a demotion, deletion or logout reaches every replica within this. 0: read on every"
                    + " authenticated request",
            "SITE_ACCOUNT_CACHE_MILLIS"),
    SIGNUP(
            "`open`",
            "`closed`: `POST /api/auth/signup` answers 403 and admins create accounts" + " (`POST /api/admin/users`)",
            "SITE_SIGNUP"),
    LOGIN_FREE_FAILURES(
            "5",
            "failed logins an account may have before each further one makes its logins wait",
            "SITE_LOGIN_FREE_FAILURES"),
    LOGIN_MAX_DELAY_SECONDS(
            "60",
            "the longest wait: 1 s after the free failures, doubling per failure up to this",
            "SITE_LOGIN_MAX_DELAY_SECONDS"),
    HASH_THREADS("1", "threads that run bcrypt", "SITE_HASH_THREADS"),
    HASH_QUEUE(
            "2",
            "logins or sign-ups that may wait for the bcrypt threads; more get 429 at once, so logins never"
                    + " hold more than 3 workers",
            "SITE_HASH_QUEUE"),
    INFO_RUNTIME("false", "`true`: `/actuator/info` also names the Java version", "SITE_INFO_RUNTIME"),
    BCRYPT_COST("10", "bcrypt work factor", "SITE_BCRYPT_COST"),
    ADMIN_USERNAME(
            "none",
            "the first admin: created on start if missing (an existing account is made ADMIN; its"
                    + " password is left alone)",
            "SITE_ADMIN_USERNAME"),
    ADMIN_PASSWORD("none", "the first admin's password. There is no default password", "SITE_ADMIN_PASSWORD"),
    MAX_BODY_BYTES(
            "65536",
            "larger request bodies get 413 (a chunked one is read to its end, up to 1 MiB more, so"
                    + " the 413 arrives; beyond that the connection closes)",
            "SITE_MAX_BODY_BYTES"),
    BODY_TIMEOUT_SECONDS(
            "10",
            "a request body must arrive whole within this time of its headers, else 408 and the" + " connection closes",
            "SITE_BODY_TIMEOUT_SECONDS"),
    BODIES_PER_CLIENT(
            "8",
            "request bodies one client address may be sending at once; more get 429 at once",
            "SITE_BODIES_PER_CLIENT"),
    BODY_BUFFER_BYTES(
            "8388608",
            "bytes of unfinished request bodies held at once over all clients (the heap is"
                    + " 64 MB); a body beyond it gets 503",
            "SITE_BODY_BUFFER_BYTES"),
    WRITES_PER_MINUTE("60", "POST/PUT/PATCH/DELETE per client address", "SITE_WRITES_PER_MINUTE"),
    AUTH_PER_MINUTE("10", "sign-ups, logins and logouts per client address", "SITE_AUTH_PER_MINUTE"),
    RATE_LIMIT_STATE(
            "`auto`",
            "where the per-address budgets live: `database` (the `rate_buckets` table, shared by"
                    + " every replica), `memory` (each process its own), `auto` = `database` on MySQL/MariaDB, `memory` on"
                    + " the single-process H2",
            "SITE_RATE_LIMIT_STATE"),
    TRUSTED_PROXIES(
            "none",
            "comma-separated addresses or CIDR ranges (e.g. `10.0.0.0/8`) whose `X-Forwarded-For`"
                    + " is believed; otherwise the peer address counts",
            "SITE_TRUSTED_PROXIES"),
    CORS_ORIGINS(
            "none",
            "comma-separated origins allowed to call the API from browsers (e.g." + " `https://blog.example.com`)",
            "SITE_CORS_ORIGINS"),
    COMMENT_EDIT_MINUTES("15", "how long authors may edit or delete their comments", "SITE_COMMENT_EDIT_MINUTES"),
    COMMENT_PREMODERATION("false", "`true`: new comments wait for an admin", "SITE_COMMENT_PREMODERATION"),
    BASE_URL("empty", "the static site's URL, for absolute links in the comment feed", "SITE_BASE_URL"),
    DRAIN_SECONDS(
            "0",
            "on SIGTERM, seconds to keep serving after readiness turns DOWN (let the load balancer" + " notice)",
            "SITE_DRAIN_SECONDS"),
    SHUTDOWN_TIMEOUT_SECONDS(
            "20", "longest wait for in-flight requests before stopping anyway", "SITE_SHUTDOWN_TIMEOUT_SECONDS"),
    LOG_LEVEL(
            "`info`",
            "the least severe application log lines written (JSON on stdout): `trace`, `debug`, `info`,"
                    + " `warn` or `error`; `--log-level` wins. At `info` the libraries (Undertow, XNIO, HikariCP, Flyway)"
                    + " write only their warnings; `debug` and `trace` turn on theirs too",
            "SITE_LOG_LEVEL");

    private final String defaultText;
    private final String meaning;
    private final List<String> names;

    ApiSetting(String defaultText, String meaning, String... names) {
        this.defaultText = defaultText;
        this.meaning = meaning;
        this.names = List.of(names);
    }

    /** Ours first, then the Spring WAS's name, which is read when ours is not set. */
    List<String> names() {
        return names;
    }

    String defaultText() {
        return defaultText;
    }

    /** The default of a setting read in {@link ApiCommand}, where no config class holds it. */
    int defaultNumber() {
        return Integer.parseInt(defaultText);
    }

    /** The settings table of docs/OPERATIONS.md. */
    static String markdownTable() {
        return "| variable | default | meaning |\n|---|---|---|\n"
                + Arrays.stream(values())
                        .map(s ->
                                "| " + s.names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(" or "))
                                        + " | " + s.defaultText + " | " + s.meaning + " |\n")
                        .collect(Collectors.joining());
    }

    /** The list `site api --help` ends with: names and defaults, without markdown's backticks. */
    static String helpText() {
        StringBuilder text = new StringBuilder("Environment (see docs/OPERATIONS.md for what each means):%n");
        for (ApiSetting setting : values()) {
            text.append(String.format(
                            "  %-30s default: %s",
                            String.join(" or ", setting.names), setting.defaultText.replace("`", "")))
                    .append("%n");
        }
        return text.toString();
    }
}
