package site.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.function.Consumer;

/** Hands each event, laid out as one string, to a line sink (stdout's line writer, or stderr). */
final class LineAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private final Layout<ILoggingEvent> layout;
    private final Consumer<String> sink;

    LineAppender(Layout<ILoggingEvent> layout, Consumer<String> sink) {
        this.layout = layout;
        this.sink = sink;
    }

    @Override
    protected void append(ILoggingEvent event) {
        sink.accept(layout.doLayout(event));
    }
}
