package site.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import site.api.Api;
import site.api.ApiConfig;
import site.builder.SiteBuilder;
import site.builder.serve.Mount;
import site.builder.serve.Preview;
import site.builder.serve.PreviewOptions;

/**
 * `site serve`: the site built in memory and served with live reload (Hugo's `hugo server`), with the board and
 * comments API mounted at /api and /actuator on its own embedded database. The builder and the API meet only here.
 */
@Command(
        name = "serve",
        aliases = "server",
        mixinStandardHelpOptions = true,
        description =
                "Preview the site: build it in memory, serve it, rebuild and reload on every change (like `hugo server`).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    BuildFlags flags = new BuildFlags();

    @Option(
            names = {"-p", "--port"},
            defaultValue = "1313",
            description = "port to listen on (default: ${DEFAULT-VALUE}; the next free one if taken)")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String bind;

    @Option(
            names = "--appendPort",
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "put the preview's port in --baseURL's address (default: true; false behind a proxy)")
    boolean appendPort;

    @Option(
            names = {"-w", "--watch"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "rebuild on changes to the sources (default: true; --watch=false serves the first build)")
    boolean watch;

    @Option(names = "--disableLiveReload", description = "no reload script in pages, no event stream")
    boolean disableLiveReload;

    @Option(
            names = "--disableBrowserError",
            description = "show a failed build's errors in the terminal only, not over the page")
    boolean disableBrowserError;

    @Option(
            names = {"-N", "--navigateToChanged"},
            description = "move the browser to the page whose content changed")
    boolean navigateToChanged;

    @Option(names = "--renderToDisk", description = "also write each good build to publishDir (or -d)")
    boolean renderToDisk;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "the API's database (a jdbc:mysql: or jdbc:mariadb: URL); default an embedded H2 under --data")
    String db;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "the API's embedded database folder (default: .site/api in the site's root)")
    Path data;

    @Option(names = "--noApi", description = "serve the site alone, without the board and comments API")
    boolean noApi;

    @Mixin
    IgnoredServerFlags ignored = new IgnoredServerFlags();

    private final Map<String, String> env;

    public ServeCommand() {
        this(System.getenv());
    }

    ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    /** The libraries log only warnings, as plain lines on stderr (site.cli.logging's default): the preview prints its own. */
    @Override
    public Integer call() throws InterruptedException {
        Serving serving;
        try {
            serving = open(ServeCommand::print);
        } catch (RuntimeException e) {
            System.err.println("Error: " + StartupFailure.describe(e, databaseUrl(), bind, port));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            serving.close();
                            stopped.countDown();
                        },
                        "serve-shutdown"));
        serving.preview()
                .urls()
                .values()
                .forEach(url -> print("Web Server is available at " + url + " (bind address " + bind + ")"));
        print("Press Ctrl+C to stop");
        stopped.await();
        return 0;
    }

    /** The preview running (and the API, unless --noApi); closing it stops both. */
    record Serving(Preview preview, Api api) implements AutoCloseable {
        @Override
        public void close() {
            preview.close();
            if (api != null) api.close();
        }
    }

    Serving open(Consumer<String> say) {
        ignored.notices().forEach(notice -> say.accept("NOTICE " + notice));
        Api api = noApi ? null : openApi();
        try {
            List<Mount> mounts = api == null
                    ? List.of()
                    : List.of(new Mount(List.of("/api", "/actuator"), api.handler(), api.workerThreads()));
            PreviewOptions settings = new PreviewOptions(
                    new PreviewOptions.Address(bind, port, flags.baseURL, appendPort),
                    new PreviewOptions.LiveReload(!disableLiveReload, navigateToChanged, !disableBrowserError),
                    watch,
                    renderToDisk,
                    mounts);
            Preview preview = Preview.start(
                    new SiteBuilder(Clock.systemUTC(), null), flags.options("development", null), settings, say);
            return new Serving(preview, api);
        } catch (RuntimeException e) {
            if (api != null) api.close();
            throw e;
        }
    }

    private Api openApi() {
        Path folder = data != null ? data : flags.source.resolve(".site").resolve("api");
        ApiConfig config = new ApiSettings(apiEnv()).config(folder, "serve");
        if (config.database().url().startsWith("jdbc:h2:file:")) DataFolders.prepare(folder);
        return Api.open(config, line -> {});
    }

    /** --db wins over SITE_DB_URL; the rest of the API's settings come from the environment, as for `site api`. */
    private Map<String, String> apiEnv() {
        Map<String, String> out = new TreeMap<>(env);
        if (db != null) out.put("SITE_DB_URL", db);
        return out;
    }

    private String databaseUrl() {
        return db != null ? db : String.valueOf(env.get("SITE_DB_URL"));
    }

    private static void print(String line) {
        (line.startsWith("ERROR") || line.startsWith("WARN") ? System.err : System.out).println(line);
    }
}
