package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiMigrateCommandTest {
    @Test
    void migrateCreatesTheDefaultH2DatabaseUnderTheDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("data");
        assertEquals(0, SiteCommand.run("api", "--data", data.toString(), "migrate"));
        assertTrue(Files.exists(data.resolve("site.mv.db")), "H2 file created");
        assertEquals(0, SiteCommand.run("api", "--data", data.toString(), "migrate"), "a second run has nothing to do");
    }
}
