package site.cli.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * One JSON object per event, without the line break, in the access log's style so Loki reads both from stdout:
 * {@code time}, {@code type} "app", {@code level}, {@code logger}, {@code thread}, {@code message}, then the MDC's
 * entries (the API puts {@code requestId} there while it logs about a request) and {@code error} (class, message
 * and stack trace in one string) when the event carries an exception.
 */
final class JsonLogLayout extends LayoutBase<ILoggingEvent> {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String doLayout(ILoggingEvent event) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("time", event.getInstant().toString());
            json.writeStringField("type", "app");
            json.writeStringField("level", event.getLevel().toString());
            json.writeStringField("logger", event.getLoggerName());
            json.writeStringField("thread", event.getThreadName());
            json.writeStringField("message", event.getFormattedMessage());
            for (var entry : event.getMDCPropertyMap().entrySet())
                json.writeStringField(entry.getKey(), entry.getValue());
            IThrowableProxy error = event.getThrowableProxy();
            if (error != null)
                json.writeStringField(
                        "error", ThrowableProxyUtil.asString(error).stripTrailing());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
