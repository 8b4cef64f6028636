package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/** A document the parser refuses is reported as file:line: what is wrong; how to fix it, not the parser's text. */
class SyntaxErrorMessagesTest {

    private static String error(DataFormat format, String name, String text) {
        LocatedException e = assertThrows(LocatedException.class, () -> format.parse(text, Path.of(name), 1));
        assertEquals(1, e.errors().size());
        return e.errors().get(0).toString();
    }

    @Test
    void anUnclosedYamlListIsReportedWhereItOpens() {
        assertEquals(
                "hugo.yaml:2: invalid YAML: a list opened with [ on this line is not closed (found \":\" where ] or , should be);"
                        + " end it with ], or quote the value if the brackets are text (title: \"[draft] notes\")",
                error(DataFormat.YAML, "hugo.yaml", "title: x\ntags: [a, b\nfoo: 1\n"));
    }

    @Test
    void aYamlFlowNodeCutShort() {
        assertEquals(
                "a.yaml:2: invalid YAML: a list or table opened with [ or { on this line is not finished (found the"
                        + " end of the text where a value should be); end it with ] or }, or quote the value if the"
                        + " brackets are text (title: \"[draft] notes\")",
                error(DataFormat.YAML, "a.yaml", "draft: true\ntitle: [\n"));
    }

    @Test
    void anUnclosedYamlTableAtTheEndOfTheText() {
        assertEquals(
                "a.yaml:1: invalid YAML: a table opened with { on this line is not closed (found the end of the text"
                        + " where } or , should be); end it with }, or quote the value if the braces are text (title: \"{{ .Title }}\")",
                error(DataFormat.YAML, "a.yaml", "title: {a: 1\n"));
    }

    @Test
    void aYamlValueWithAColonAndATemplateValue() {
        assertEquals(
                "a.yaml:2: invalid YAML: a second \": \" on one line; quote a value that contains \": \""
                        + " (title: \"Kubernetes: a primer\")",
                error(DataFormat.YAML, "a.yaml", "draft: false\ntitle: Kubernetes: a primer\n"));
        assertEquals(
                "a.yaml:1: invalid YAML: a table is used as a key (a value starting with {{ is read as a table);"
                        + " quote the value (title: \"{{ .Title }}\")",
                error(DataFormat.YAML, "a.yaml", "title: {{ .Title }}\n"));
    }

    @Test
    void yamlTabsAndReservedCharacters() {
        assertEquals(
                "a.yaml:2: invalid YAML: a tab in the indentation; YAML is indented with spaces only",
                error(DataFormat.YAML, "a.yaml", "params:\n\tcolor: red\n"));
        assertEquals(
                "a.yaml:1: invalid YAML: a value starts with @, which YAML reserves; quote the value (title: \"@me\")",
                error(DataFormat.YAML, "a.yaml", "author: @me\n"));
    }

    @Test
    void aDuplicateTomlKeyIsReportedOnItsSecondLine() {
        assertEquals(
                "hugo.toml:3: invalid TOML: the key \"title\" is set twice in one table; remove one of them",
                error(DataFormat.TOML, "hugo.toml", "title = \"x\"\nbaseURL = \"/\"\ntitle = \"y\"\n\nfoo = 1\n"));
        assertEquals(
                "hugo.toml:6: invalid TOML: the key \"b\" is set twice in one table; remove one of them",
                error(DataFormat.TOML, "hugo.toml", "[a]\nb = [1,\n  2]\n[c]\nb = 1\nb = 2\n"));
    }

    @Test
    void tomlTablesTwiceAndBareText() {
        assertEquals(
                "hugo.toml:3: invalid TOML: the table [params] appears twice; merge the two [params] sections into one",
                error(DataFormat.TOML, "hugo.toml", "[params]\na = 1\n[params]\nb = 2\n"));
        assertEquals(
                "hugo.toml:1: invalid TOML: a value TOML cannot read; put text in quotes (title = \"My blog\");"
                        + " true, false, numbers, dates, [lists] and {tables} go bare",
                error(DataFormat.TOML, "hugo.toml", "title = My blog\n"));
    }

    @Test
    void aJsonTrailingCommaIsReportedOnTheCommasLine() {
        assertEquals(
                "hugo.json:3: invalid JSON: a comma after the last entry; JSON allows none: remove it",
                error(DataFormat.JSON, "hugo.json", "{\n\"a\": 1,\n\"b\": 2,\n}\n"));
        assertEquals(
                "hugo.json:2: invalid JSON: a comma after the last entry; JSON allows none: remove it",
                error(DataFormat.JSON, "hugo.json", "{\n\"a\": [1, 2,]\n}\n"));
    }

    @Test
    void jsonMissingCommasBareWordsAndUnclosedLists() {
        assertEquals(
                "a.json:2: invalid JSON: a comma is missing after this line's entry; separate entries with commas",
                error(DataFormat.JSON, "a.json", "{\n\"a\": 1\n\"b\": 2\n}\n"));
        assertEquals(
                "a.json:2: invalid JSON: \"tru\" is not a JSON value; put text in double quotes; the bare words are"
                        + " true, false and null",
                error(DataFormat.JSON, "a.json", "{\n\"draft\": tru\n}\n"));
        assertEquals(
                "a.json:2: invalid JSON: a [ list opened on this line is not closed; close it with ]",
                error(DataFormat.JSON, "a.json", "{\n\"a\": [1,2\n"));
    }

    @Test
    void aDocumentThatIsNoTableSaysWhatItIs() {
        assertEquals(
                "data.yaml:1: expected a YAML table of keys and values, found a list",
                error(DataFormat.YAML, "data.yaml", "- a\n- b\n"));
    }
}
