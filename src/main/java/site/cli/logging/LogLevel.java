package site.cli.logging;

import ch.qos.logback.classic.Level;

/** The levels `SITE_LOG_LEVEL` and `--log-level` accept, most verbose first. */
public enum LogLevel {
    TRACE(Level.TRACE),
    DEBUG(Level.DEBUG),
    INFO(Level.INFO),
    WARN(Level.WARN),
    ERROR(Level.ERROR);

    private final Level level;

    LogLevel(Level level) {
        this.level = level;
    }

    /** The application's own loggers (package `site`). */
    Level application() {
        return level;
    }

    /**
     * The libraries' loggers (Undertow, XNIO, HikariCP, Flyway, JDBI...): their INFO lines are start-up chatter, so
     * INFO shows only their warnings; DEBUG and TRACE, asked for to see inside, show theirs too.
     */
    Level libraries() {
        return this == INFO ? Level.WARN : level;
    }
}
