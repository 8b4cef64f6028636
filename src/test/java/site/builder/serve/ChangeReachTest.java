package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.builder.config.BuildOptions;
import site.builder.config.ConfigLoader;
import site.builder.config.SiteConfig;
import site.common.BuildLog;

/** Which part of the last build a batch of changes leaves valid, by where the changed files are. */
class ChangeReachTest {
    @TempDir
    Path dir;

    @Test
    void pagesStaticAndArchetypesLeaveTheBuildTemplatesItsMarkdownTheRestNothing() {
        TestSites.in(dir).file("content/posts/a.md", "---\ntitle: A\n---\nA\n");
        SiteConfig config = new ConfigLoader(new BuildLog()).load(BuildOptions.defaults(dir));
        assertEquals(ChangeReach.PAGES, reach(config, "content/posts/a.md", "content/posts/b/index.md"));
        assertEquals(
                ChangeReach.PAGES, reach(config, "content/posts/a.md", "static/css/x.css", "archetypes/default.md"));
        assertEquals(ChangeReach.TEMPLATES, reach(config, "content/posts/a.md", "layouts/_default/single.jte"));
        assertEquals(ChangeReach.TEMPLATES, reach(config, "themes/mine/layouts/_partials/footer.jte"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "layouts/shortcodes/note.jte"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "layouts/_markup/render-link.jte"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "content/posts/b/photo.png"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "content/posts"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "data/authors.yaml"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "hugo.toml"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "i18n/ko.yaml"));
        assertEquals(ChangeReach.EVERYTHING, reach(config, "assets/css/extended/mine.css"));
        assertEquals(ChangeReach.EVERYTHING, ChangeReach.of(new ChangeBatch(List.of(), true), config), "overflowed");
        assertEquals(ChangeReach.EVERYTHING, ChangeReach.of(null, config), "the first build");
    }

    @Test
    void templateEditsAreNamedAsTemplatesAreLookedUp() {
        TestSites.in(dir).file("content/posts/a.md", "---\ntitle: A\n---\nA\n");
        SiteConfig config = new ConfigLoader(new BuildLog()).load(BuildOptions.defaults(dir));
        assertEquals(
                java.util.Set.of("_partials/footer.jte", "_default/single.jte"),
                ChangeReach.templateNames(
                        batch("layouts/_partials/footer.jte", "themes/mine/layouts/_default/single.jte"), config));
        assertEquals(
                java.util.Set.of("_partials/footer.jte"),
                ChangeReach.templateNames(
                        batch("layouts/_partials/footer.jte", "static/css/x.css", "content/posts/a.md"), config),
                "static files and pages in the same batch leave the template names");
        assertEquals(null, ChangeReach.templateNames(batch("themes/mine/static/x.css"), config), "not a template");
    }

    @Test
    void aBatchOfPagesFilesAloneIsNamedForTheBuildToReadAgain() {
        TestSites.in(dir).file("content/posts/a.md", "---\ntitle: A\n---\nA\n");
        SiteConfig config = new ConfigLoader(new BuildLog()).load(BuildOptions.defaults(dir));
        assertEquals(
                java.util.Set.of(
                        dir.resolve("content/posts/a.md").toAbsolutePath().normalize(),
                        dir.resolve("content/posts/b/index.md").toAbsolutePath().normalize()),
                ChangeReach.pageFiles(batch("content/posts/a.md", "content/posts/./b/index.md"), config));
        assertEquals(
                null,
                ChangeReach.pageFiles(batch("content/posts/a.md", "static/css/x.css"), config),
                "a static file beside a page");
        assertEquals(null, ChangeReach.pageFiles(batch("archetypes/default.md"), config), "an archetype");
    }

    private ChangeBatch batch(String... files) {
        return new ChangeBatch(java.util.Arrays.stream(files).map(dir::resolve).toList(), false);
    }

    private ChangeReach reach(SiteConfig config, String... files) {
        List<Path> paths = java.util.Arrays.stream(files).map(dir::resolve).toList();
        return ChangeReach.of(new ChangeBatch(paths, false), config);
    }
}
