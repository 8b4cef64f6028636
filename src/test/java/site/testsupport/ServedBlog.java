package site.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A blog as production serves it, on loopback: the site built by the packaged jar ({@code site build}), served by
 * real nginx, with the real {@code site api} (embedded H2) behind {@code /api/}, as the WEB and WAS tiers do.
 * Every process is started here and stopped by its own handle in {@link #close}.
 */
public final class ServedBlog implements AutoCloseable {
    private static final Path JAR = Path.of("target/site.jar");
    private final List<Process> processes = new ArrayList<>();
    private final Path dir;
    private final String baseURL;

    private ServedBlog(Path dir, String baseURL) {
        this.dir = dir;
        this.baseURL = baseURL;
    }

    /** Builds {@code siteDir} and serves it; logs stay in a folder under target/served-blogs. */
    public static ServedBlog start(Path siteDir) throws IOException, InterruptedException {
        return start(siteDir, true);
    }

    /** The same with nothing behind {@code /api/}: nginx answers 502, as when the WAS is down. */
    public static ServedBlog startWithoutApi(Path siteDir) throws IOException, InterruptedException {
        return start(siteDir, false);
    }

    private static ServedBlog start(Path siteDir, boolean withApi) throws IOException, InterruptedException {
        RealComponent.require("the packaged jar", Files.exists(JAR), "run mvn package first");
        RealComponent.requireCommand("nginx", "nginx", "-v");
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/served-blogs")), "blog")
                .toAbsolutePath();
        // nginx's workers run as another user when the tests run as root: they must be able to read the site
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        int webPort = freePort(), apiPort = freePort();
        ServedBlog blog = new ServedBlog(dir, "http://127.0.0.1:" + webPort + "/");
        try {
            blog.build(siteDir);
            if (withApi) blog.startApi(apiPort);
            blog.startNginx(webPort, apiPort);
            return blog;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            blog.close();
            throw e;
        }
    }

    /** The blog's address, ending in a slash. */
    public String baseURL() {
        return baseURL;
    }

    /** The built site's folder. */
    public Path publicDir() {
        return dir.resolve("public");
    }

    private void build(Path siteDir) throws IOException, InterruptedException {
        Process build = new ProcessBuilder(
                        "java",
                        "-jar",
                        JAR.toString(),
                        "build",
                        "-s",
                        siteDir.toString(),
                        "-d",
                        publicDir().toString(),
                        "-b",
                        baseURL)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
        if (!build.waitFor(120, TimeUnit.SECONDS)) build.destroyForcibly();
        if (build.exitValue() != 0)
            throw new AssertionError("site build failed:\n" + Files.readString(dir.resolve("build.log")));
    }

    private void startApi(int port) throws IOException, InterruptedException {
        ProcessBuilder api = new ProcessBuilder(
                        "java",
                        "-Xmx64m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        JAR.toString(),
                        "api",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        dir.resolve("api").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("api.log").toFile());
        // nginx is the trusted proxy; the browser tests sign up and log in more often than a person would
        api.environment()
                .putAll(Map.of(
                        "SITE_TRUSTED_PROXIES", "127.0.0.1", "SITE_AUTH_PER_MINUTE", "120", "SITE_BCRYPT_COST", "4"));
        processes.add(api.start());
        awaitPort(port, "site api", dir.resolve("api.log"));
    }

    private void startNginx(int port, int apiPort) throws IOException, InterruptedException {
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, nginxConf(port, apiPort));
        processes.add(new ProcessBuilder("nginx", "-p", dir.toString(), "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start());
        awaitPort(port, "nginx", dir.resolve("nginx-error.log"));
    }

    /** The WEB tier's essentials: static files with the site's 404 page, and the API proxied on the same origin. */
    private String nginxConf(int port, int apiPort) {
        String user = "root".equals(System.getProperty("user.name")) ? "user root root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log warn;
                events { worker_connections 256; }
                http {
                  include /etc/nginx/mime.types;
                  default_type application/octet-stream;
                  access_log off;
                  client_body_temp_path %1$s/tmp-body;
                  proxy_temp_path %1$s/tmp-proxy;
                  fastcgi_temp_path %1$s/tmp-fastcgi;
                  uwsgi_temp_path %1$s/tmp-uwsgi;
                  scgi_temp_path %1$s/tmp-scgi;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %1$s/public;
                    charset utf-8;
                    error_page 404 /404.html;
                    location /api/ {
                      proxy_pass http://127.0.0.1:%3$d;
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    }
                  }
                }
                """.formatted(dir, port, apiPort);
    }

    private void awaitPort(int port, String what, Path log) throws IOException, InterruptedException {
        Process process = processes.get(processes.size() - 1);
        for (int i = 0; i < 600; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) break;
                Thread.sleep(50);
            }
        }
        String output = Files.exists(log) ? Files.readString(log) : "(no log)";
        throw new AssertionError(what + " did not start on port " + port + ":\n" + output);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) p.destroy();
        for (Process p : processes) {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
