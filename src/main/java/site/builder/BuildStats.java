package site.builder;

import java.util.concurrent.atomic.AtomicInteger;

/** Counters for the build summary, updated from the rendering threads. */
public final class BuildStats {
    final AtomicInteger pages = new AtomicInteger();
    final AtomicInteger paginatorPages = new AtomicInteger();
    final AtomicInteger nonPageFiles = new AtomicInteger();
    final AtomicInteger staticFiles = new AtomicInteger();
    final AtomicInteger aliases = new AtomicInteger();
    final AtomicInteger sitemaps = new AtomicInteger();
    private volatile int filesWritten;
    private volatile long bytesStaged;

    /** What the publish wrote on disk: files new or changed (unchanged ones are not rewritten), and their bytes. */
    void written(int files, long bytes) {
        filesWritten = files;
        bytesStaged = bytes;
    }

    public int filesWritten() { return filesWritten; }

    public long bytesStaged() { return bytesStaged; }

    public int pages() { return pages.get(); }

    public int paginatorPages() { return paginatorPages.get(); }

    public int nonPageFiles() { return nonPageFiles.get(); }

    public int staticFiles() { return staticFiles.get(); }

    public int aliases() { return aliases.get(); }

    public int sitemaps() { return sitemaps.get(); }

    /** The summary table Hugo prints after a build. */
    public String table(long millis) {
        return String.join("\n",
                "                   | EN",
                "-------------------+------",
                row("Pages", pages()), row("Paginator pages", paginatorPages()), row("Non-page files", nonPageFiles()),
                row("Static files", staticFiles()), row("Aliases", aliases()), row("Sitemaps", sitemaps()),
                "", "Total in " + millis + " ms");
    }

    private static String row(String name, int n) {
        return String.format("  %-17s| %4d", name, n);
    }
}
