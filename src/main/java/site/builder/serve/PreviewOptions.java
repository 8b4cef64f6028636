package site.builder.serve;

import java.util.List;

/**
 * How the preview serves (Hugo's server flags): the address; a base URL the user asked for instead of the
 * preview's own, with the preview's port in it unless {@code appendPort} is off (a proxy in front); live reload,
 * and with it moving the browser to the edited page and showing failed builds over the page; watching the
 * sources at all; and writing each good build to disk too.
 */
public record PreviewOptions(
        String bind,
        int port,
        String baseURL,
        boolean appendPort,
        boolean liveReload,
        boolean navigateToChanged,
        boolean browserErrors,
        boolean watch,
        boolean renderToDisk,
        List<Mount> mounts) {
    public PreviewOptions {
        mounts = List.copyOf(mounts);
    }

    /** Hugo's defaults on 127.0.0.1:{@code port}: live reload and browser errors on, watching, nothing mounted. */
    public static PreviewOptions local(int port) {
        return new PreviewOptions("127.0.0.1", port, null, true, true, false, true, true, false, List.of());
    }

    public PreviewOptions withBaseURL(String url, boolean append) {
        return new PreviewOptions(
                bind, port, url, append, liveReload, navigateToChanged, browserErrors, watch, renderToDisk, mounts);
    }

    public PreviewOptions withLiveReload(boolean on, boolean navigate) {
        return new PreviewOptions(
                bind, port, baseURL, appendPort, on, navigate, browserErrors, watch, renderToDisk, mounts);
    }

    public PreviewOptions withBrowserErrors(boolean on) {
        return new PreviewOptions(
                bind, port, baseURL, appendPort, liveReload, navigateToChanged, on, watch, renderToDisk, mounts);
    }

    /** Worker threads for the server: the mounted applications' needs, at least two. */
    int workerThreads() {
        return Math.max(2, mounts.stream().mapToInt(Mount::workerThreads).max().orElse(0));
    }
}
