package site.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

/** {@code site api}: serves the board API; {@code site api migrate} only brings the schema up to date. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Serves the board, comments and auth API (the WAS) with actuator endpoints.",
                "Database: SITE_DB_URL or SPRING_DATASOURCE_URL (+ _USERNAME/_PASSWORD); default an H2 file under --data.",
                "See docs/OPERATIONS.md for every environment variable."})
public final class ApiCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCommand.class);

    @Option(names = "--port", description = "HTTP port (default: SERVER_PORT or 8080)")
    Integer port;

    @Option(names = "--bind", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--data", defaultValue = "data", description = "directory of the embedded H2 database (default: ${DEFAULT-VALUE})")
    Path data;

    private final Map<String, String> env;

    public ApiCommand() {
        this(System.getenv());
    }

    ApiCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        ApiSettings settings = makeSettings();
        ApiConfig config = makeConfig(settings);
        int listenPort = port != null ? port : settings.integer("SERVER_PORT", 8080);
        LineWriter accessLog = new LineWriter(new FileOutputStream(FileDescriptor.out));
        Api api = null;
        ApiServer server;
        try {
            if (config.database().url().startsWith("jdbc:h2:file:")) prepareDataFolder();
            api = Api.open(config, accessLog);
            server = ApiServer.start(api, bind, listenPort,
                    settings.seconds("SITE_DRAIN_SECONDS", 0), settings.seconds("SITE_SHUTDOWN_TIMEOUT_SECONDS", 20));
        } catch (RuntimeException e) {
            if (api != null) api.close();
            accessLog.close();
            System.err.println("Error: " + StartupFailure.describe(e, config.database().url(), bind, listenPort));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            accessLog.close();
            stopped.countDown();
        }, "api-shutdown"));
        LOG.info("site api listening on http://{}:{} (ready in {} ms)", bind, server.port(), (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    @Command(name = "migrate", description = "Applies pending database migrations and exits.")
    int migrate() {
        ApiConfig config = makeConfig(makeSettings());
        try (Metrics metrics = new Metrics("site"); Database database = Database.open(config.database(), metrics.registry())) {
            int applied = Migrations.run(database.dataSource());
            System.out.println("applied " + applied + " migration(s)");
        }
        return 0;
    }

    @Command(name = "reindex", description = "Rebuilds the post search index (after importing posts with SQL) and exits.")
    int reindex() {
        ApiConfig config = makeConfig(makeSettings());
        try (Metrics metrics = new Metrics("site"); Database database = Database.open(config.database(), metrics.registry())) {
            Migrations.runIfBehind(database.dataSource());
            System.out.println("indexed " + new JdbiPostStore(database.jdbi()).reindex() + " post(s)");
        }
        return 0;
    }

    /** The embedded database's folder, made if missing; checked first, as H2 would print its own stack traces. */
    private void prepareDataFolder() {
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new StartupFailure.Said("the data folder " + data + " is a file, not a folder (set --data)");
        }
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new StartupFailure.Said("cannot create the data folder " + data + ": " + e.getMessage() + " (set --data)");
        }
        if (!Files.isWritable(data)) throw new StartupFailure.Said("the data folder " + data + " is not writable (set --data)");
    }

    private ApiSettings makeSettings() {
        return new ApiSettings(env);
    }

    private ApiConfig makeConfig(ApiSettings settings) {
        String version = ApiCommand.class.getPackage().getImplementationVersion();
        return settings.config(data, version == null ? "dev" : version);
    }
}
