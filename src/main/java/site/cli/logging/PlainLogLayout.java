package site.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;

/**
 * A line for a terminal, as slf4j-simple wrote them before: {@code [thread] LEVEL logger - message}, then the stack
 * trace if there is one. Written by hand rather than with a PatternLayout, whose pattern is parsed at every start.
 */
final class PlainLogLayout extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
        String line = "[" + event.getThreadName() + "] " + event.getLevel() + " " + event.getLoggerName() + " - "
                + event.getFormattedMessage();
        IThrowableProxy error = event.getThrowableProxy();
        return error == null
                ? line
                : line
                        + System.lineSeparator()
                        + ThrowableProxyUtil.asString(error).stripTrailing();
    }
}
