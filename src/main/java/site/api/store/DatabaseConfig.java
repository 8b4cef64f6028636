package site.api.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the database is: a JDBC URL (MySQL/MariaDB or H2) with its account, and the pool size. */
public record DatabaseConfig(String url, String username, String password, int poolSize) {
    /**
     * Also the number of worker threads. Measured on 2 cores with MariaDB alongside: 6 connections served search
     * a third faster than 10 (fewer queries contending inside the database), lists alike, single posts 30% slower
     * (smaller view batches) but still far above the target.
     */
    public static final int DEFAULT_POOL_SIZE = 2 * Runtime.getRuntime().availableProcessors() + 2;

    /** The zero-setup default: an H2 file database in MySQL mode under {@code dataDir}. */
    public static DatabaseConfig h2File(Path dataDir) {
        String file = dataDir.toAbsolutePath().resolve("site").toString().replace('\\', '/');
        return new DatabaseConfig(h2Url("file:" + file), "sa", "", DEFAULT_POOL_SIZE);
    }

    /** An H2 in-memory database, kept while the JVM runs: for tests and the preview server. */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig(h2Url("mem:" + name) + ";DB_CLOSE_DELAY=-1", "sa", "", DEFAULT_POOL_SIZE);
    }

    public boolean isMySql() {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /**
     * The URL the pool connects with: MariaDB URLs through Connector/J, and an embedded H2 file with
     * {@code WRITE_DELAY=0} unless the URL chooses otherwise. H2's default (500 ms) acknowledges commits that
     * exist only in memory, which a killed process loses; with 0 every commit is written to the file (the OS
     * has it) before the statement returns.
     */
    public String jdbcUrl() {
        if (isMySql()) return url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        if (isEmbeddedH2File() && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY="))
            return url + ";WRITE_DELAY=0";
        return url;
    }

    /** An embedded H2 file that writes every commit at once, and so leaves compacting the file to us. */
    boolean hasDurableH2Commits() {
        return isEmbeddedH2File() && jdbcUrl().toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=0");
    }

    private boolean isEmbeddedH2File() {
        return url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", username=" + username + ", poolSize=" + poolSize + "]";
    }

    private static String h2Url(String where) {
        // IGNORECASE: text compares like MySQL's default _ci collations (LIKE, unique usernames).
        // DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook would close the database under the graceful drain;
        // closing the pool at the end closes it instead.
        return "jdbc:h2:" + where
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE"
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
