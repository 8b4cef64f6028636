package site.api;

import io.undertow.server.HttpHandler;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import site.api.auth.AccountAdmin;
import site.api.auth.AccountAdminHandlers;
import site.api.auth.AccountCache;
import site.api.auth.AuthConfig;
import site.api.auth.AuthHandlers;
import site.api.auth.AuthService;
import site.api.auth.Guard;
import site.api.auth.HashingQueue;
import site.api.auth.JdbiLoginAttempts;
import site.api.auth.JdbiUserStore;
import site.api.auth.LoginThrottle;
import site.api.auth.Passwords;
import site.api.auth.Tokens;
import site.api.auth.UserStore;
import site.api.board.JdbiPostStore;
import site.api.board.PostHandlers;
import site.api.board.PostService;
import site.api.comments.CommentHandlers;
import site.api.comments.CommentService;
import site.api.comments.JdbiCommentStore;
import site.api.http.BodyReader;
import site.api.http.ClientAddress;
import site.api.http.CorsHandler;
import site.api.http.ErrorHandler;
import site.api.http.JdbiRateLimiter;
import site.api.http.LimitsConfig;
import site.api.http.LimitsConfig.RateState;
import site.api.http.LimitsHandler;
import site.api.http.RateLimit;
import site.api.http.RateLimiter;
import site.api.http.RequestIds;
import site.api.http.Route;
import site.api.http.RouteTable;
import site.api.http.SecurityHeadersHandler;
import site.api.http.WorkerDispatch;
import site.api.ops.AccessLog;
import site.api.ops.ApiDocs;
import site.api.ops.HttpMetrics;
import site.api.ops.Metrics;
import site.api.ops.ObservedHandler;
import site.api.ops.OpsHandlers;
import site.api.ops.Readiness;
import site.api.store.Database;
import site.api.store.Migrations;
import site.common.DaemonThreads;

/**
 * The API as one object: database (migrated), services and the root handler, without a server, so
 * {@code site api} serves it with {@link ApiServer} and {@code site serve} can mount it.
 */
public final class Api implements AutoCloseable {
    static {
        // Undertow and XNIO log through jboss-logging, which otherwise looks for other backends first and, without
        // Logback on the class path, picks java.util.logging: a second log format, and CLDR locale data loaded at
        // start-up just to print its dates. Set before any Undertow class logs (the handlers built here are the first).
        if (System.getProperty("org.jboss.logging.provider") == null)
            System.setProperty("org.jboss.logging.provider", "slf4j");
    }

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private final Metrics metrics;
    private final Database database;
    private final Readiness readiness = new Readiness();
    private final int workerThreads;
    private final PostService posts;
    private final HashingQueue hashing;
    private final List<Route> routes;
    private final HttpHandler handler;
    /** The lane for actuator routes, so probes and scrapes never queue behind application work. */
    private final ExecutorService opsLane = Executors.newFixedThreadPool(2, DaemonThreads.named("ops"));

    private Api(ApiConfig config, Consumer<String> accessLog) {
        this.metrics = new Metrics("site");
        this.database = Database.open(config.database(), metrics.registry());
        this.workerThreads = config.database().poolSize();
        try {
            Migrations.runIfBehind(database.dataSource());
            database.startHousekeeping();
            this.hashing =
                    new HashingQueue(config.auth().hashThreads(), config.auth().hashQueue());
            Tokens tokens = makeTokens(config);
            UserStore users = new JdbiUserStore(database.jdbi());
            AccountCache accounts = new AccountCache(users, config.auth().accountCacheBound(), System::nanoTime);
            AuthService auth = makeAuth(config, users, tokens, accounts);
            this.posts = new PostService(new JdbiPostStore(database.jdbi()));
            this.routes = Routes.all(
                    new PostHandlers(posts),
                    makeComments(config),
                    new AuthHandlers(auth, new ClientAddress(config.limits().trustedProxies())),
                    new AccountAdminHandlers(new AccountAdmin(users, auth, accounts)),
                    new OpsHandlers(
                            database::isReachable,
                            readiness,
                            metrics.registry(),
                            config.version(),
                            config.auth().infoShowsRuntime()),
                    new ApiDocs());
            this.handler = makeChain(config, accessLog, RouteTable.handler(routes, new Guard(tokens, accounts)::wrap));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the database, runs migrations and builds the handler; access-log lines go to {@code accessLog}. */
    public static Api open(ApiConfig config, Consumer<String> accessLog) {
        return new Api(config, accessLog);
    }

    /** The root handler: dispatches to worker threads, so JDBC never blocks an IO thread. */
    public HttpHandler handler() {
        return handler;
    }

    /**
     * As many worker threads as pooled connections: a request then never waits inside the pool, where each
     * hand-over parks and wakes a thread, but in Undertow's queue, and two cores are not kept switching between
     * more threads than can work at once.
     */
    public int workerThreads() {
        return workerThreads;
    }

    public List<Route> routes() {
        return routes;
    }

    public Readiness readiness() {
        return readiness;
    }

    @Override
    public void close() {
        if (posts != null) posts.close();
        opsLane.shutdown();
        if (hashing != null) hashing.close();
        database.close();
        metrics.close();
    }

    /**
     * Outermost first: the body is received on the IO thread, then a worker (or the ops lane) runs request ids →
     * errors → metrics and access log → headers, CORS → limits → routes.
     */
    private HttpHandler makeChain(ApiConfig config, Consumer<String> accessLog, HttpHandler routes) {
        ClientAddress clients = new ClientAddress(config.limits().trustedProxies());
        LimitsConfig limits = config.limits();
        HttpHandler limited = new LimitsHandler(
                limits,
                rateLimit(config, "writes", limits.writesPerMinute()),
                rateLimit(config, "auth", limits.authPerMinute()),
                routes);
        HttpHandler headers =
                new SecurityHeadersHandler(new CorsHandler(config.limits().corsOrigins(), limited));
        AccessLog log = new AccessLog(accessLog, clients);
        HttpHandler observed = new ObservedHandler(List.of(new HttpMetrics(metrics.registry()), log), headers);
        HttpHandler dispatched = new WorkerDispatch(opsLane, new RequestIds(new ErrorHandler(observed)));
        return new BodyReader(config.body(), config.limits().maxBodyBytes(), clients, dispatched);
    }

    /**
     * Budgets in the database when replicas share one (MySQL/MariaDB): a limit that each of ten replicas kept
     * for itself would be ten times the limit. The embedded H2 has one process, which keeps them in memory.
     */
    private RateLimit rateLimit(ApiConfig config, String scope, int perMinute) {
        RateState state = config.limits().rateState();
        boolean shared = state == RateState.DATABASE
                || (state == RateState.AUTO && config.database().isMySql());
        return shared
                ? new JdbiRateLimiter(database.jdbi(), scope, perMinute, System::currentTimeMillis)
                : new RateLimiter(perMinute, System::nanoTime);
    }

    private CommentHandlers makeComments(ApiConfig config) {
        CommentService service =
                new CommentService(new JdbiCommentStore(database.jdbi()), config.comments(), Clock.systemUTC());
        return new CommentHandlers(service, config.comments());
    }

    private static Tokens makeTokens(ApiConfig config) {
        String secret = config.auth().tokenSecret();
        if (secret == null || secret.isEmpty()) {
            LOG.warn("no token secret configured (SITE_JWT_SECRET): using a random one; tokens end with this process");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
        }
        return new Tokens(secret, config.auth().tokenLifetime(), Clock.systemUTC());
    }

    private AuthService makeAuth(ApiConfig config, UserStore users, Tokens tokens, AccountCache accounts) {
        AuthConfig settings = config.auth();
        LoginThrottle throttle =
                new LoginThrottle(new JdbiLoginAttempts(database.jdbi()), settings.loginThrottle(), Clock.systemUTC());
        AuthService auth = new AuthService(
                users, new Passwords(settings.bcryptCost()), hashing, tokens, accounts, throttle, settings.signup());
        if (settings.adminUsername() != null && settings.adminPassword() != null) {
            auth.ensureAdmin(settings.adminUsername(), settings.adminPassword());
        }
        return auth;
    }
}
