package site.builder.serve;

import java.util.List;

/**
 * How the preview serves (Hugo's server flags): the address, a base URL the user asked for instead of the
 * preview's own, live reload, moving the browser to the edited page, and writing each good build to disk too.
 */
public record PreviewOptions(String bind, int port, String baseURL, boolean liveReload, boolean navigateToChanged,
                             boolean renderToDisk, List<Mount> mounts) {
    public PreviewOptions {
        mounts = List.copyOf(mounts);
    }

    /** Worker threads for the server: the mounted applications' needs, at least two. */
    int workerThreads() {
        return Math.max(2, mounts.stream().mapToInt(Mount::workerThreads).max().orElse(0));
    }
}
