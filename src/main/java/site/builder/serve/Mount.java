package site.builder.serve;

import io.undertow.server.HttpHandler;
import java.util.List;

/**
 * Another application served by the preview under some path prefixes (the CLI mounts the API at /api and
 * /actuator this way, so the builder never sees the API's code), and the worker threads its handler needs.
 */
public record Mount(List<String> prefixes, HttpHandler handler, int workerThreads) {
    public Mount {
        prefixes = List.copyOf(prefixes);
    }

    /** "/api" takes "/api" and "/api/..." but not "/apiary". */
    boolean takes(String path) {
        for (String prefix : prefixes) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) return true;
        }
        return false;
    }
}
