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
    private volatile String language = "en";
    private volatile int filesWritten;
    private volatile long bytesStaged;

    /** What the publish wrote on disk: files new or changed (unchanged ones are not rewritten), and their bytes. */
    void written(int files, long bytes) {
        filesWritten = files;
        bytesStaged = bytes;
    }

    /** The site's language key (defaultContentLanguage), which heads Hugo's summary table. */
    void language(String key) {
        language = key;
    }

    public int filesWritten() { return filesWritten; }

    public long bytesStaged() { return bytesStaged; }

    public int pages() { return pages.get(); }

    public int paginatorPages() { return paginatorPages.get(); }

    public int nonPageFiles() { return nonPageFiles.get(); }

    public int staticFiles() { return staticFiles.get(); }

    public int aliases() { return aliases.get(); }

    public int sitemaps() { return sitemaps.get(); }

    /**
     * The summary table Hugo prints after a build, headed by the site's language code in capitals ("KO"), the
     * column as wide as the wider of the code and the numbers.
     */
    public String table(long millis) {
        String head = language.isEmpty() ? "EN" : language.toUpperCase(java.util.Locale.ROOT);
        int[] counts = {pages(), paginatorPages(), nonPageFiles(), staticFiles(), 0, aliases(), sitemaps(), 0};
        String[] names = {"Pages", "Paginator pages", "Non-page files", "Static files", "Processed images", "Aliases",
                "Sitemaps", "Cleaned"};
        int width = head.length();
        for (int n : counts) width = Math.max(width, Integer.toString(n).length());
        int left = (width - head.length()) / 2;
        StringBuilder out = new StringBuilder()
                .append(" ".repeat(19)).append("| ").append(" ".repeat(left)).append(head)
                .append(" ".repeat(width - head.length() - left)).append("  \n")
                .append("-".repeat(19)).append('+').append("-".repeat(width + 3)).append('\n');
        for (int i = 0; i < names.length; i++) {
            out.append(String.format("  %-17s| %" + width + "d  %n", names[i], counts[i]));
        }
        return out.append("\nTotal in ").append(millis).append(" ms").toString();
    }
}
