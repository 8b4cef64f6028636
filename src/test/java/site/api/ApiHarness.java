package site.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import site.api.auth.AuthConfig;
import site.api.comments.CommentsConfig;
import site.api.http.BodyLimits;
import site.api.http.LimitsConfig;

/** The whole API on a free loopback port over a test database, with an admin and helpers to get tokens. */
public final class ApiHarness implements AutoCloseable {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String SECRET = "test-secret-test-secret-test-secret-0123";
    private static final LimitsConfig DEFAULT_LIMITS =
            new LimitsConfig(64 * 1024, 100_000, 100_000, List.of(), List.of("https://blog.example"));
    private final TestDatabase database;
    private final LimitsConfig limits;
    private final BodyLimits body;
    private final CommentsConfig comments;
    private final AuthConfig auth;
    private final ApiServer server;
    private final Client client;
    /** The first lines only: a load test's every line, copied on each write, would cost more than the API it measures. */
    private static final int ACCESS_LOG_LINES = 1_000;

    private final List<String> accessLog = new CopyOnWriteArrayList<>();
    private final boolean ownsDatabase;

    public ApiHarness(TestDatabase database) {
        this(database, DEFAULT_LIMITS);
    }

    public ApiHarness(TestDatabase database, LimitsConfig limits) {
        this(database, limits, CommentsConfig.defaults());
    }

    public ApiHarness(TestDatabase database, LimitsConfig limits, CommentsConfig comments) {
        this(database, limits, BodyLimits.defaults(), comments, defaultAuth(), true);
    }

    public ApiHarness(TestDatabase database, LimitsConfig limits, BodyLimits body) {
        this(database, limits, body, CommentsConfig.defaults(), defaultAuth(), true);
    }

    /** With auth settings changed from the tests' defaults, for example a shorter account cache bound. */
    public ApiHarness(TestDatabase database, LimitsConfig limits, UnaryOperator<AuthConfig> auth) {
        this(database, limits, BodyLimits.defaults(), CommentsConfig.defaults(), auth.apply(defaultAuth()), true);
    }

    private ApiHarness(
            TestDatabase database,
            LimitsConfig limits,
            BodyLimits body,
            CommentsConfig comments,
            AuthConfig auth,
            boolean ownsDatabase) {
        this.database = database;
        this.limits = limits;
        this.body = body;
        this.comments = comments;
        this.auth = auth;
        this.ownsDatabase = ownsDatabase;
        Api api = Api.open(new ApiConfig(database.config(), auth, limits, body, comments, "test"), line -> {
            if (accessLog.size() < ACCESS_LOG_LINES) accessLog.add(line);
        });
        this.server = ApiServer.start(api, "127.0.0.1", 0, Duration.ZERO, Duration.ofSeconds(5));
        this.client = new Client("http://127.0.0.1:" + server.port());
    }

    /** A second server with the same settings over the same database (another replica); closing it leaves the database open. */
    public ApiHarness replica() {
        return new ApiHarness(database, limits, body, comments, auth, false);
    }

    public static LimitsConfig defaultLimits() {
        return DEFAULT_LIMITS;
    }

    private static AuthConfig defaultAuth() {
        return new AuthConfig(SECRET, Duration.ofHours(1), 4, ADMIN, ADMIN_PASSWORD);
    }

    public Client client() {
        return client;
    }

    public TestDatabase database() {
        return database;
    }

    public List<String> accessLog() {
        return accessLog;
    }

    public ApiServer server() {
        return server;
    }

    /** Signs up {@code username} (if new) and returns a login token. */
    public String userToken(String username) {
        String credentials = credentials(username, "password-" + username);
        client.post("/api/auth/signup", credentials, null);
        return login(credentials);
    }

    public String adminToken() {
        return login(credentials(ADMIN, ADMIN_PASSWORD));
    }

    private String login(String credentials) {
        Reply reply = client.post("/api/auth/login", credentials, null);
        if (reply.status() != 200) throw new AssertionError("login failed: " + reply);
        return reply.json().get("token").asText();
    }

    private static String credentials(String username, String password) {
        return json(Map.of("username", username, "password", password));
    }

    public static String json(Object value) {
        try {
            return site.api.http.ApiJson.mapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
        if (ownsDatabase) database.close();
    }
}
