package site.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    @Test
    void anH2FileWritesEveryCommitAtOnce() {
        DatabaseConfig config = DatabaseConfig.h2File(Path.of("/var/lib/site"));
        assertEquals(config.url() + ";WRITE_DELAY=0", config.jdbcUrl());
        assertTrue(config.hasDurableH2Commits());
    }

    @Test
    void anH2UrlThatChoosesItsWriteDelayKeepsIt() {
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:/data/site;write_delay=500", "sa", "", 4);
        assertEquals("jdbc:h2:file:/data/site;write_delay=500", config.jdbcUrl());
        assertFalse(config.hasDurableH2Commits());
    }

    @Test
    void inMemoryAndServerUrlsAreLeftAlone() {
        DatabaseConfig memory = DatabaseConfig.h2Memory("t");
        assertEquals(memory.url(), memory.jdbcUrl());
        assertFalse(memory.hasDurableH2Commits());
        assertEquals("jdbc:h2:tcp://db/site", new DatabaseConfig("jdbc:h2:tcp://db/site", "sa", "", 4).jdbcUrl());
    }

    @Test
    void mariaDbUrlsGoThroughTheMySqlDriver() {
        assertEquals(
                "jdbc:mysql://db:3306/board",
                new DatabaseConfig("jdbc:mariadb://db:3306/board", "u", "p", 4).jdbcUrl());
    }
}
