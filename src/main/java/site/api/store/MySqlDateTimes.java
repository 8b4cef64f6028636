package site.api.store;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds times as {@code 'yyyy-MM-dd HH:mm:ss.ffffff'} text on MySQL/MariaDB. MariaDB introduces itself as
 * "5.5.5-10.x", older than the 5.6.4 from which Connector/J sends fractions of a second, so a time bound as a
 * {@code LocalDateTime} lost its microseconds in {@code DATETIME(6)} columns; text keeps them on both servers.
 */
final class MySqlDateTimes extends AbstractArgumentFactory<LocalDateTime> {
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    MySqlDateTimes() {
        super(Types.VARCHAR);
    }

    @Override
    protected Argument build(LocalDateTime value, ConfigRegistry config) {
        String text = MICROS.format(value);
        return (position, statement, context) -> statement.setString(position, text);
    }
}
