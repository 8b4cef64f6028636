package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every key's line and spelling, for messages that point at it. */
class KeyLinesTest {
    private static final Path FILE = Path.of("hugo");

    private static String at(DataFormat format, String text, String path) {
        KeyOrigin o = format.keyOrigins(text, FILE, 1).get(path);
        return o == null ? "none" : o.line() + " " + o.key();
    }

    @Test
    void tomlTablesArraysOfTablesAndDottedKeys() {
        String toml = "summaryLength = 3 # c\n[params]\n  \"Big.Key\" = 1\nsite.Name = \"x\"\n"
                + "notes = \"\"\"\nfake = 1\n\"\"\"\nlist = [\n  1,\n]\n[[menu.main]]\nname = 'a'\n[[menu.main]]\nWeight = 2\n"
                + "[menu.main.params]\nicon = 'x'\n";
        assertEquals("1 summaryLength", at(DataFormat.TOML, toml, "summarylength"));
        assertEquals("3 params.Big.Key", at(DataFormat.TOML, toml, "params.big.key"));
        assertEquals("4 params.site.Name", at(DataFormat.TOML, toml, "params.site.name"));
        assertEquals("none", at(DataFormat.TOML, toml, "params.fake"));
        assertEquals("12 menu.main.0.name", at(DataFormat.TOML, toml, "menu.main.0.name"));
        assertEquals("14 menu.main.1.Weight", at(DataFormat.TOML, toml, "menu.main.1.weight"));
        assertEquals("16 menu.main.1.params.icon", at(DataFormat.TOML, toml, "menu.main.1.params.icon"));
    }

    @Test
    void yamlAndJsonFromTheParsersTokens() {
        String yaml =
                "title: x\nparams:\n  Color: red\nmenu:\n  main:\n    - name: a\n    - name: b\n      weight: 2\n";
        assertEquals("3 params.Color", at(DataFormat.YAML, yaml, "params.color"));
        assertEquals("8 menu.main.1.weight", at(DataFormat.YAML, yaml, "menu.main.1.weight"));
        assertEquals(
                "3 summaryLength",
                at(DataFormat.JSON, "{\n\"title\": \"x\",\n\"summaryLength\": \"ten\"\n}", "summarylength"));
    }

    @Test
    void aRepeatedTomlKeyIsFoundPastMultiLineValues() {
        assertEquals(6, TomlKeyLines.repeatedKeyLine("[a]\nb = [1,\n  2]\n[c]\nb = 1\nb = 2\n"));
        assertEquals(0, TomlKeyLines.repeatedKeyLine("[[m]]\nb = 1\n[[m]]\nb = 2\n"));
    }

    @Test
    void originsAreKeyedByLowerCasePath() {
        Map<String, KeyOrigin> origins = DataFormat.YAML.keyOrigins("Params:\n  A: 1\n", FILE, 5);
        assertEquals(new KeyOrigin(FILE, 6, "Params.A", DataFormat.YAML), origins.get("params.a"));
    }
}
