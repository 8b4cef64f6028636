package site.builder.serve;

import java.util.List;

/**
 * How the preview serves (Hugo's server flags): its address; live reload; watching the sources at all; writing
 * each good build to disk too; and the applications mounted beside the site.
 */
public record PreviewOptions(
        Address address, LiveReload reload, boolean watch, boolean renderToDisk, List<Mount> mounts) {
    public PreviewOptions {
        mounts = List.copyOf(mounts);
    }

    /**
     * Where the preview listens, and a base URL the user asked for instead of the preview's own (null: none), with the
     * preview's port in it unless {@code appendPort} is off (a proxy in front).
     */
    public record Address(String bind, int port, String baseURL, boolean appendPort) {}

    /** Live reload, and with it moving the browser to the edited page and showing failed builds over the page. */
    public record LiveReload(boolean on, boolean navigateToChanged, boolean browserErrors) {}

    /** Hugo's defaults on 127.0.0.1:{@code port}: live reload and browser errors on, watching, nothing mounted. */
    public static PreviewOptions local(int port) {
        return new PreviewOptions(
                new Address("127.0.0.1", port, null, true), new LiveReload(true, false, true), true, false, List.of());
    }

    public PreviewOptions withBaseURL(String url, boolean append) {
        Address at = new Address(address.bind(), address.port(), url, append);
        return new PreviewOptions(at, reload, watch, renderToDisk, mounts);
    }

    public PreviewOptions withLiveReload(boolean on, boolean navigate) {
        LiveReload live = new LiveReload(on, navigate, reload.browserErrors());
        return new PreviewOptions(address, live, watch, renderToDisk, mounts);
    }

    public PreviewOptions withBrowserErrors(boolean on) {
        LiveReload live = new LiveReload(reload.on(), reload.navigateToChanged(), on);
        return new PreviewOptions(address, live, watch, renderToDisk, mounts);
    }

    /** Worker threads for the server: the mounted applications' needs, at least two. */
    int workerThreads() {
        return Math.max(2, mounts.stream().mapToInt(Mount::workerThreads).max().orElse(0));
    }
}
