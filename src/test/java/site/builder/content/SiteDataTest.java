package site.builder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.common.BuildLog;

class SiteDataTest {
    @TempDir
    Path dir;

    @Test
    void filesAreKeyedByFolderAndNameInEveryFormat() {
        TestSites.bare(dir)
                .file("data/site.toml", "Owner = 'kim'\n")
                .file("data/authors/lee.yaml", "name: 이\n")
                .file("data/authors/park.json", "{\"name\": \"박\"}");
        Map<String, Object> data = SiteData.load(dir.resolve("data"), new BuildLog());
        assertEquals(Map.of("owner", "kim"), data.get("site"));
        assertEquals(Map.of("lee", Map.of("name", "이"), "park", Map.of("name", "박")), data.get("authors"));
    }

    @Test
    void aBrokenDataFileIsAnErrorWithItsLine() {
        TestSites.bare(dir).file("data/bad.yaml", "a: 1\nb: [\n");
        BuildLog log = new BuildLog();
        SiteData.load(dir.resolve("data"), log);
        assertEquals(1, log.errors().size());
        assertTrue(
                log.errors().get(0).toString().contains("data/bad.yaml:"),
                log.errors().toString());
    }

    @Test
    void aDataFileWithADuplicateTomlKeyIsExplained() {
        TestSites.bare(dir).file("data/site.toml", "owner = 'kim'\nowner = 'lee'\n");
        BuildLog log = new BuildLog();
        SiteData.load(dir.resolve("data"), log);
        assertEquals(
                dir.resolve("data/site.toml") + ":2: invalid TOML: the key \"owner\" is set twice in one table;"
                        + " remove one of them",
                log.errors().get(0).toString());
    }
}
