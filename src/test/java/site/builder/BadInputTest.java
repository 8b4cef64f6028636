package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.config.BuildOptions;
import site.common.LocatedError;

/** Every kind of bad input fails the build with the file, the line and a reason, and all errors at once. */
class BadInputTest {
    @TempDir
    Path dir;

    private List<LocatedError> errors(TestSites site) {
        BuildFailedException e = assertThrows(
                BuildFailedException.class,
                () -> new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(site.root())));
        return e.errors();
    }

    private static String only(List<LocatedError> errors) {
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).toString();
    }

    @Test
    void malformedYamlFrontMatterNamesFileAndLine() {
        String e = only(errors(TestSites.in(dir).file("content/a.md", "---\ntitle: ok\ntags: [unclosed\n---\nbody\n")));
        assertTrue(e.matches(".*content/a\\.md:[34]: invalid YAML: .*"), e);
    }

    @Test
    void malformedTomlFrontMatterNamesFileAndLine() {
        String e = only(errors(TestSites.in(dir).file("content/b.md", "+++\ntitle = \"ok\"\ndate = = 3\n+++\n")));
        assertTrue(e.matches(".*content/b\\.md:3: invalid TOML: .*"), e);
    }

    @Test
    void malformedJsonFrontMatterNamesFileAndLine() {
        String e =
                only(errors(TestSites.in(dir).file("content/c.md", "{\n\"title\": \"x\",\n\"draft\": tru\n}\nbody")));
        assertTrue(e.matches(".*content/c\\.md:3: invalid JSON: .*"), e);
    }

    @Test
    void unterminatedFrontMatterIsAnError() {
        String e = only(errors(TestSites.in(dir).file("content/d.md", "---\ntitle: never closed\n")));
        assertTrue(e.endsWith("content/d.md:1: front matter starts with --- but has no closing --- line"), e);
    }

    @Test
    void invalidUtf8InFrontMatterIsAnErrorAsInHugo() {
        String e = only(errors(TestSites.in(dir).bytes("content/g.md", new byte[] {
            '-', '-', '-', '\n', 't', ':', ' ', (byte) 0xB0, '\n', '-', '-', '-', '\n'
        })));
        assertTrue(e.contains("content/g.md:2: front matter is not valid UTF-8"), e);
    }

    @Test
    void aMissingThemeIsAnError() {
        String e = only(errors(TestSites.in(dir)
                .file("hugo.toml", "title = \"t\"\ntheme = \"nosuch\"\n")
                .file("content/a.md", "# hi\n")));
        assertTrue(e.contains("theme \"nosuch\" not found"), e);
    }

    @Test
    void aContentDirThatIsAFileIsAnError() {
        String e = only(errors(TestSites.in(dir).file("content", "not a folder")));
        assertTrue(e.endsWith("content: the content directory is not a folder"), e);
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsAnErrorNotACrash() {
        TestSites site =
                TestSites.in(dir).file("content/a.md", "---\ntitle: A\n---\n").file("blocker", "a file");
        BuildOptions options = BuildOptions.defaults(dir).withDestination(dir.resolve("blocker/public"));
        BuildFailedException e =
                assertThrows(BuildFailedException.class, () -> new SiteBuilder(Clock.systemUTC(), null).build(options));
        assertTrue(
                only(e.errors()).contains("blocker/public: cannot write the site"),
                e.errors().toString());
        assertEquals("a file", site.read("blocker"));
    }

    @Test
    void aFullUrlAsUrlIsAnErrorAtItsLineAsHugoRefusesIt() {
        String e = only(errors(
                TestSites.in(dir).file("content/a.md", "---\ntitle: A\nurl: \"http://other.example/x/\"\n---\n")));
        assertTrue(e.matches(".*content/a\\.md:3: url \"http://other.example/x/\" is a full URL: .*"), e);
    }

    @Test
    void aFullUrlAsAliasIsAnErrorAtItsLineAsHugoRefusesIt() {
        String e = only(errors(
                TestSites.in(dir).file("content/a.md", "---\ntitle: A\naliases: [\"https://old.example/a/\"]\n---\n")));
        assertTrue(e.matches(".*content/a\\.md:3: alias \"https://old.example/a/\" is a full URL: .*"), e);
    }

    @Test
    void anAliasOnTheSiteRootIsAnErrorNotASilentDrop() {
        List<LocatedError> errors = errors(TestSites.in(dir)
                .file("content/posts/a.md", "---\ntitle: A\naliases: [\"/\"]\n---\n")
                .file("content/posts/b.md", "---\ntitle: B\naliases:\n  - ../..\n---\n"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(
                errors.get(0).toString().matches(".*content/posts/a\\.md:3: alias \"/\" is the site root: .*"),
                errors.toString());
        assertTrue(
                errors.get(1)
                        .toString()
                        .matches(".*content/posts/b\\.md:3: alias \"\\.\\./\\.\\.\" is the site root: .*"),
                errors.toString());
    }

    @Test
    void everyBadFileIsReportedNotJustTheFirst() {
        List<LocatedError> errors = errors(TestSites.in(dir)
                .file("content/one.md", "---\ntitle: [\n---\n")
                .file("content/two.md", "+++\ntitle = \n+++\n")
                .file("content/three.md", "---\nurl: https://elsewhere.example/\n---\n"));
        assertEquals(3, errors.size(), errors.toString());
    }
}
