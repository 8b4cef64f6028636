package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.api.ApiConfig;

class ApiSettingsTest {
    @Test
    void withoutADatabaseUrlTheDefaultIsAnH2FileUnderTheDataDirectory() {
        ApiConfig config = new ApiSettings(Map.of()).config(Path.of("/srv/site-data"), "1");
        assertTrue(config.database().url().startsWith("jdbc:h2:file:/srv/site-data/site;MODE=MySQL"), config.database().url());
    }

    @Test
    void springDatasourceVariablesAreHonoured() {
        ApiConfig config = new ApiSettings(Map.of("SPRING_DATASOURCE_URL", "jdbc:mysql://db:3306/board",
                "SPRING_DATASOURCE_USERNAME", "board", "SPRING_DATASOURCE_PASSWORD", "pw")).config(Path.of("d"), "1");
        assertEquals("jdbc:mysql://db:3306/board", config.database().url());
        assertEquals("board", config.database().username());
        assertEquals("pw", config.database().password());
    }

    @Test
    void siteVariablesWinOverSpringOnes() {
        ApiSettings settings = new ApiSettings(Map.of("SITE_DB_URL", "jdbc:mysql://a/x", "SPRING_DATASOURCE_URL", "jdbc:mysql://b/y",
                "SITE_CORS_ORIGINS", "https://a.example, https://b.example", "SITE_ADMIN_USERNAME", "root"));
        ApiConfig config = settings.config(Path.of("d"), "1");
        assertEquals("jdbc:mysql://a/x", config.database().url());
        assertEquals(List.of("https://a.example", "https://b.example"), config.limits().corsOrigins());
        assertEquals("root", config.auth().adminUsername());
    }

    @Test
    void badNumbersNameTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ApiSettings(Map.of("SITE_WRITES_PER_MINUTE", "lots")).limits());
        assertTrue(e.getMessage().contains("SITE_WRITES_PER_MINUTE"));
    }
}
