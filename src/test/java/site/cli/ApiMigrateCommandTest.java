package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ApiMigrateCommandTest {
    @Test
    void migrateCreatesTheDefaultH2DatabaseUnderTheDataDirectory(@TempDir Path dir) {
        Path data = dir.resolve("data");
        assertEquals(0, SiteCommand.run("api", "--data", data.toString(), "migrate"));
        assertTrue(Files.exists(data.resolve("site.mv.db")), "H2 file created");
        assertEquals(0, SiteCommand.run("api", "--data", data.toString(), "migrate"), "a second run has nothing to do");
    }

    @Test
    void theDefaultDataFolderIsNotHugosDataFolderAndAnOldDatabaseMovesThere(@TempDir Path site) throws Exception {
        Path old = Files.createDirectories(site.resolve("data"));
        Files.writeString(old.resolve("authors.toml"), "name = 'kim'\n"); // Hugo site data stays
        assertEquals(
                0, new CommandLine(new ApiCommand(Map.of(), site, OutputStream.nullOutputStream())).execute("migrate"));
        assertTrue(Files.exists(site.resolve(".site/api/site.mv.db")), "created under .site/api");
        Files.move(site.resolve(".site/api/site.mv.db"), old.resolve("site.mv.db")); // as an earlier version left it
        Object file = Files.readAttributes(old.resolve("site.mv.db"), BasicFileAttributes.class)
                .fileKey();
        assertEquals(
                0, new CommandLine(new ApiCommand(Map.of(), site, OutputStream.nullOutputStream())).execute("migrate"));
        assertFalse(Files.exists(old.resolve("site.mv.db")), "moved out of data/");
        assertEquals(
                file,
                Files.readAttributes(site.resolve(".site/api/site.mv.db"), BasicFileAttributes.class)
                        .fileKey(),
                "the same file, renamed");
        try (Stream<Path> left = Files.list(old)) {
            assertEquals(
                    List.of("authors.toml"),
                    left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
