package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;

/** jte templates in the site's layouts/ (or a jte theme) replace the bundled theme's, file by file. */
class ThemeOverrideTest {
    @TempDir
    Path dir;

    private void build() {
        new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(dir));
    }

    @Test
    void aSiteTemplateReplacesTheBundledOneAndTheRestStays() {
        TestSites site = TestSites.in(dir)
                .file("content/posts/a.md", "---\ntitle: Alpha\n---\nbody\n")
                .file(
                        "layouts/_partials/footer.jte",
                        "@param site.builder.render.PageView page\n<footer class=\"mine\">custom ${page.title()}</footer>\n");
        build();
        String html = site.read("public/posts/a/index.html");
        assertTrue(html.contains("<footer class=\"mine\">custom Alpha</footer>"), html);
        assertTrue(html.contains("<h1 class=\"post-title"), "the bundled single template still renders: " + html);
    }

    @Test
    void aSiteTemplateThatDoesNotCompileFailsTheBuildNamingItInsteadOfSkippingThePage() {
        TestSites.in(dir)
                .file("content/a.md", "---\ntitle: Alpha\n---\nbody\n")
                .file(
                        "layouts/_default/single.jte",
                        "@param site.builder.render.PageView page\n${page.noSuchMethod()}\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(site.builder.BuildFailedException.class, this::build);
        String message = e.errors().toString();
        assertTrue(message.contains("_default/single.jte") && message.contains("noSuchMethod"), message);
    }

    @Test
    void aJteThemeUnderThemesIsUsedAsIs() {
        TestSites site = TestSites.in(dir)
                .file("hugo.toml", "title = 't'\ntheme = 'mine'\n")
                .file("content/a.md", "---\ntitle: A\n---\n")
                .file(
                        "themes/mine/layouts/_default/single.jte",
                        "@param site.builder.render.PageView page\nMINE ${page.title()}\n")
                .file(
                        "themes/mine/layouts/_default/list.jte",
                        "@param site.builder.render.PageView page\nLIST ${page.title()}\n")
                .file("themes/mine/static/mine.css", "body{}");
        build();
        assertTrue(site.read("public/a/index.html").contains("MINE A"));
        assertTrue(site.read("public/index.html").contains("LIST t"));
        assertTrue(site.read("public/mine.css").contains("body{}"));
    }

    @Test
    void aLinkedTemplateIsNotReadAndIsNamedInAWarning() throws java.io.IOException {
        java.nio.file.Path secret = java.nio.file.Files.writeString(dir.resolve("secret.txt"), "SECRET");
        TestSites site = TestSites.in(dir)
                .file("hugo.toml", "title = 't'\ntheme = 'mine'\n")
                .file("content/a.md", "---\ntitle: A\n---\n")
                .file(
                        "themes/mine/layouts/_default/single.jte",
                        "@param site.builder.render.PageView page\nMINE ${page.title()}\n")
                .file(
                        "themes/mine/layouts/_default/list.jte",
                        "@param site.builder.render.PageView page\nLIST ${page.title()}\n");
        java.nio.file.Files.createDirectories(dir.resolve("layouts/_default"));
        java.nio.file.Path link =
                java.nio.file.Files.createSymbolicLink(dir.resolve("layouts/_default/single.jte"), secret);
        var result = new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(dir));
        assertEquals(
                java.util.List.of(link + ": symbolic link not followed: its target is not published"),
                result.warnings().stream().map(Object::toString).toList());
        assertTrue(site.read("public/a/index.html").contains("MINE A"), "the theme's template, not the linked file");
    }
}
