package site.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Where the process's logs go, set in code: Logback finds this class through META-INF/services and reads no
 * logback.xml (parsing one costs start-up time and memory, both measured for `site api`). Every command starts with
 * plain lines on stderr at WARN, under the terminal output of `site build`, `serve` and `new`; `site api` switches
 * to {@link #jsonLines JSON lines} on stdout beside its access log.
 */
public final class Logging extends ContextAwareBase implements Configurator {
    private static final String APPLICATION = "site";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        plainOnStderr(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** From now on every log event is one JSON line handed to {@code sink}, at {@code level}. */
    public static void jsonLines(LogLevel level, Consumer<String> sink) {
        install(context(), new JsonLogLayout(), sink, level.application(), level.libraries());
    }

    /** Back to the start: plain lines on stderr (whichever stream System.err is when a line is written), WARN. */
    public static void plainOnStderr() {
        plainOnStderr(context());
    }

    private static void plainOnStderr(LoggerContext context) {
        install(context, new PlainLogLayout(), line -> System.err.println(line), Level.WARN, Level.WARN);
    }

    private static void install(
            LoggerContext context,
            LayoutBase<ILoggingEvent> layout,
            Consumer<String> sink,
            Level application,
            Level libraries) {
        layout.setContext(context);
        layout.start();
        LineAppender appender = new LineAppender(layout, sink);
        appender.setContext(context);
        appender.setName("lines");
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        root.setLevel(libraries);
        context.getLogger(APPLICATION).setLevel(application);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
