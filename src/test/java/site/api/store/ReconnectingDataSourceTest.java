package site.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ReconnectingDataSourceTest {
    /** A driver that refuses {@code failures} connects, then connects (to nothing: null stands for a connection). */
    private static DataSource refusing(int failures, AtomicInteger attempts) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection"))
                        throw new UnsupportedOperationException(method.getName());
                    if (attempts.incrementAndGet() <= failures) throw new SQLException("Connection refused", "08001");
                    return null;
                });
    }

    @Test
    void atStartAFailedConnectFailsAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        ReconnectingDataSource connections = new ReconnectingDataSource(refusing(1, attempts));
        assertThrows(SQLException.class, connections::getConnection);
        assertEquals(1, attempts.get());
    }

    @Test
    void oncePoolingItRetriesUntilTheDatabaseIsBack() throws SQLException {
        AtomicInteger attempts = new AtomicInteger();
        ReconnectingDataSource connections = new ReconnectingDataSource(refusing(3, attempts));
        connections.waitOutOutages();
        assertNull(connections.getConnection());
        assertEquals(4, attempts.get());
    }

    @Test
    void closedItStopsRetrying() {
        AtomicInteger attempts = new AtomicInteger();
        ReconnectingDataSource connections = new ReconnectingDataSource(refusing(Integer.MAX_VALUE, attempts));
        connections.waitOutOutages();
        connections.close();
        assertThrows(SQLException.class, connections::getConnection);
        assertEquals(1, attempts.get());
    }
}
