package site.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Counters for the build summary, updated from the rendering threads. */
public final class BuildStats {
    final AtomicInteger pages = new AtomicInteger();
    final AtomicInteger paginatorPages = new AtomicInteger();
    final AtomicInteger nonPageFiles = new AtomicInteger();
    final AtomicInteger staticFiles = new AtomicInteger();
    final AtomicInteger aliases = new AtomicInteger();
    final AtomicInteger sitemaps = new AtomicInteger();
    /** Page outputs rendered by templates in this build, and those a rebuild published unchanged from the last one. */
    final AtomicInteger outputsRendered = new AtomicInteger();

    final AtomicInteger outputsKept = new AtomicInteger();
    private volatile String language = "en";
    private volatile int filesWritten;
    private volatile long bytesStaged;
    private final List<BuildStats> more = new ArrayList<>();

    /** What the publish wrote on disk: files new or changed (unchanged ones are not rewritten), and their bytes. */
    void written(int files, long bytes) {
        filesWritten = files;
        bytesStaged = bytes;
    }

    /** The site's language key (defaultContentLanguage), which heads Hugo's summary table. */
    void language(String key) {
        language = key;
    }

    public int filesWritten() {
        return filesWritten;
    }

    public long bytesStaged() {
        return bytesStaged;
    }

    public int pages() {
        return pages.get();
    }

    public int paginatorPages() {
        return paginatorPages.get();
    }

    public int nonPageFiles() {
        return nonPageFiles.get();
    }

    public int staticFiles() {
        return staticFiles.get();
    }

    public int aliases() {
        return aliases.get();
    }

    public int sitemaps() {
        return sitemaps.get();
    }

    public int outputsRendered() {
        return outputsRendered.get();
    }

    public int outputsKept() {
        return outputsKept.get();
    }

    /** This column followed by another language's (a multilingual build's summary has one column per language). */
    BuildStats and(BuildStats language) {
        more.add(language);
        return this;
    }

    /** The language columns: this build's (the first language's) and those added with {@link #and}. */
    public List<BuildStats> columns() {
        List<BuildStats> out = new ArrayList<>(List.of(this));
        out.addAll(more);
        return out;
    }

    /**
     * The summary table Hugo prints after a build, one column per language headed by its key in capitals ("KO"),
     * each column as wide as the wider of the key and its numbers.
     */
    public String table(long millis) {
        String[] names = {
            "Pages",
            "Paginator pages",
            "Non-page files",
            "Static files",
            "Processed images",
            "Aliases",
            "Sitemaps",
            "Cleaned"
        };
        List<BuildStats> columns = columns();
        StringBuilder head = new StringBuilder(" ".repeat(19));
        StringBuilder rule = new StringBuilder("-".repeat(19));
        StringBuilder[] rows = new StringBuilder[names.length];
        for (int i = 0; i < names.length; i++) rows[i] = new StringBuilder(String.format("  %-17s", names[i]));
        for (int c = 0; c < columns.size(); c++) {
            BuildStats s = columns.get(c);
            String key = s.language.isEmpty() ? "EN" : s.language.toUpperCase(java.util.Locale.ROOT);
            int[] counts = s.counts();
            int width = key.length();
            for (int n : counts) width = Math.max(width, Integer.toString(n).length());
            String end = c == columns.size() - 1 ? "  " : " ";
            int left = (width - key.length()) / 2;
            head.append("| ")
                    .append(" ".repeat(left))
                    .append(key)
                    .append(" ".repeat(width - key.length() - left))
                    .append(end);
            rule.append('+').append("-".repeat(width + 1 + end.length()));
            for (int i = 0; i < names.length; i++)
                rows[i].append(String.format("| %" + width + "d", counts[i])).append(end);
        }
        StringBuilder out =
                new StringBuilder().append(head).append('\n').append(rule).append('\n');
        for (StringBuilder row : rows) out.append(row).append(System.lineSeparator());
        return out.append("\nTotal in ").append(millis).append(" ms").toString();
    }

    private int[] counts() {
        return new int[] {pages(), paginatorPages(), nonPageFiles(), staticFiles(), 0, aliases(), sitemaps(), 0};
    }
}
