package site.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import site.api.Api;
import site.api.ApiConfig;
import site.api.ApiServer;
import site.api.board.JdbiPostStore;
import site.api.ops.LineWriter;
import site.api.ops.Metrics;
import site.api.store.Database;
import site.api.store.Migrations;
import site.cli.logging.LogLevel;
import site.cli.logging.Logging;

/** {@code site api}: serves the board API; {@code site api migrate} only brings the schema up to date. */
@Command(
        name = "api",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the board, comments and auth API (the WAS) with actuator endpoints.",
            "Database: SITE_DB_URL or SPRING_DATASOURCE_URL (+ _USERNAME/_PASSWORD); default an H2 file under --data (.site/api)."
        })
public final class ApiCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: SERVER_PORT or 8080)")
    Integer port;

    @Option(
            names = "--bind",
            defaultValue = "0.0.0.0",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    /** Not Hugo's `data/`, which `site build` reads as site data: the API may run in a site's root. */
    static final Path DEFAULT_DATA = Path.of(".site", "api");
    /** Where versions before 0.1 kept the embedded database. */
    private static final Path OLD_DEFAULT_DATA = Path.of("data");

    @Option(names = "--data", description = "directory of the embedded H2 database (default: .site/api)")
    Path data;

    @Option(
            names = "--log-level",
            paramLabel = "LEVEL",
            description = "TRACE, DEBUG, INFO, WARN or ERROR (default: SITE_LOG_LEVEL or INFO)")
    LogLevel logLevel;

    private final Map<String, String> env;
    /** The folder relative paths start from: the working directory, or a test's folder. */
    private final Path base;
    /** Where the access log and the application's JSON log lines go: stdout, or a test's buffer. */
    private final OutputStream stdout;

    public ApiCommand() {
        this(System.getenv(), Path.of(""), new FileOutputStream(FileDescriptor.out));
    }

    ApiCommand(Map<String, String> env, Path base, OutputStream stdout) {
        this.env = env;
        this.base = base;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        ApiSettings settings = makeSettings();
        ApiConfig config;
        int listenPort;
        LogLevel level;
        try {
            config = makeConfig(settings);
            listenPort = port != null ? port : settings.integer(ApiSetting.PORT, ApiSetting.PORT.defaultNumber());
            level = logLevel != null ? logLevel : settings.logLevel();
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
        LineWriter stdoutLines = new LineWriter(stdout);
        Logging.jsonLines(level, stdoutLines);
        Api api = null;
        ApiServer server;
        try {
            prepareDataFolder(config);
            api = Api.open(config, stdoutLines);
            server = ApiServer.start(
                    api,
                    bind,
                    listenPort,
                    settings.seconds(ApiSetting.DRAIN_SECONDS, ApiSetting.DRAIN_SECONDS.defaultNumber()),
                    settings.seconds(
                            ApiSetting.SHUTDOWN_TIMEOUT_SECONDS, ApiSetting.SHUTDOWN_TIMEOUT_SECONDS.defaultNumber()));
        } catch (RuntimeException e) {
            if (api != null) api.close();
            stdoutLines.close();
            System.err.println(
                    "Error: " + StartupFailure.describe(e, config.database().url(), bind, listenPort));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stdoutLines.close();
                            stopped.countDown();
                        },
                        "api-shutdown"));
        log().info(
                        "site api listening on http://{}:{} (ready in {} ms)",
                        bind,
                        server.port(),
                        (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    @Command(name = "migrate", description = "Applies pending database migrations and exits.")
    int migrate() {
        return withDatabase(
                database -> System.out.println("applied " + Migrations.run(database.dataSource()) + " migration(s)"));
    }

    @Command(
            name = "reindex",
            description = "Rebuilds the post search index (after importing posts with SQL) and exits.")
    int reindex() {
        return withDatabase(database -> {
            Migrations.runIfBehind(database.dataSource());
            System.out.println("indexed " + new JdbiPostStore(database.jdbi()).reindex() + " post(s)");
        });
    }

    /** Runs {@code task} on the configured database; an expected failure is one line and exit code 1. */
    private int withDatabase(Consumer<Database> task) {
        ApiConfig config = makeConfig(makeSettings());
        try {
            prepareDataFolder(config);
            try (Metrics metrics = new Metrics("site");
                    Database database = Database.open(config.database(), metrics.registry())) {
                task.accept(database);
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println(
                    "Error: " + StartupFailure.describe(e, config.database().url(), bind, 0));
            return 1;
        }
    }

    /** The embedded database's folder (moved from the old default when that is where it is), made if missing. */
    private void prepareDataFolder(ApiConfig config) {
        if (!config.database().url().startsWith("jdbc:h2:file:")) return;
        Path data = dataFolder();
        if (this.data == null) moveFromOldDefault();
        DataFolders.prepare(data);
    }

    /** An embedded database left in `data/` by an earlier version moves to the new default (a rename: nothing lost). */
    private void moveFromOldDefault() {
        Path old = base.resolve(OLD_DEFAULT_DATA).resolve("site.mv.db");
        Path now = dataFolder().resolve("site.mv.db");
        if (!Files.isRegularFile(old) || Files.exists(now)) return;
        try {
            Files.createDirectories(now.getParent());
            Files.move(old, now, StandardCopyOption.ATOMIC_MOVE);
            log().warn(
                            "moved the API's database from {} to {}: Hugo reads {}/ as site data",
                            old,
                            now,
                            OLD_DEFAULT_DATA);
        } catch (IOException e) {
            throw new StartupFailure.Said("cannot move the API's database from " + old + " to " + now + ": "
                    + e.getMessage() + " (move it by hand, or set --data " + OLD_DEFAULT_DATA + ")");
        }
    }

    /** Not a static field: every command constructs this class, and `site build` need not start the logging backend. */
    private static Logger log() {
        return LoggerFactory.getLogger(ApiCommand.class);
    }

    private ApiSettings makeSettings() {
        return new ApiSettings(env);
    }

    private ApiConfig makeConfig(ApiSettings settings) {
        return settings.config(dataFolder(), VersionCommand.jarVersion());
    }

    private Path dataFolder() {
        return base.resolve(data == null ? DEFAULT_DATA : data);
    }
}
