package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's settings are declared once, in {@link ApiSetting}: the docs, `--help` and the code's defaults follow. */
class ApiSettingDocsTest {
    private static final Path DATA = Path.of("/srv/data");

    @Test
    void operationsDocListsExactlyTheDeclaredSettings() throws Exception {
        String doc = Files.readString(Path.of("docs/OPERATIONS.md"));
        int start = doc.indexOf("| variable | default | meaning |");
        int end = doc.indexOf("\n\n", start);
        assertTrue(start >= 0 && end > start, "docs/OPERATIONS.md has its settings table");
        assertEquals(ApiSetting.markdownTable(), doc.substring(start, end + 1));
    }

    @Test
    void helpListsEverySettingWithItsDefault() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, SiteCommand.run("api", "--help"));
        } finally {
            System.setOut(original);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        for (ApiSetting setting : ApiSetting.values()) {
            String line = help.lines()
                    .filter(l -> l.startsWith("  " + String.join(" or ", setting.names()) + " "))
                    .findFirst()
                    .orElse("");
            assertTrue(line.endsWith("default: " + setting.defaultText().replace("`", "")), setting + " in " + help);
        }
    }

    /** A default written as a number is the code's: setting the variable to it changes nothing. */
    @Test
    void numericDefaultsAreTheCodesDefaults() {
        String defaults = new ApiSettings(Map.of()).config(DATA, "1").toString();
        for (ApiSetting setting : ApiSetting.values()) {
            if (!setting.defaultText().matches("\\d+|true|false|`\\w+`")) continue;
            Map<String, String> env = new HashMap<>();
            env.put(setting.names().get(0), setting.defaultText().replace("`", ""));
            assertEquals(defaults, new ApiSettings(env).config(DATA, "1").toString(), setting.toString());
        }
    }
}
