package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;

/** `site new`: where it writes, what it refuses, and a new site that builds at once. */
class NewCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedStderr err = new CapturedStderr();

    private String stdout(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void saysWhereItWroteAndRefusesToOverwrite() throws Exception {
        TestSites.in(dir).file("content/.keep", "");
        String said = stdout(
                () -> assertEquals(0, SiteCommand.run("new", "content", "-s", dir.toString(), "posts/my-post.md")));
        Path file = dir.resolve("content/posts/my-post.md").toAbsolutePath().normalize();
        assertEquals("Content \"" + file + "\" created\n", said);
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: \"My Post\"\ndate: ") && text.endsWith("\ndraft: true\n---\n\n"), text);
        Files.writeString(file, "mine");
        assertEquals(1, SiteCommand.run("new", "-s", dir.toString(), "posts/my-post.md"));
        assertEquals("mine", Files.readString(file));
        assertTrue(err.text().contains("my-post.md: already exists: nothing was written"), err.text());
    }

    @Test
    void anUnsupportedTemplateExpressionIsAnErrorNamingTheArchetypeLine() {
        TestSites.in(dir)
                .file(
                        "archetypes/posts.md",
                        "---\ntitle: x\nwhen: {{ now.Format \"2006\" }}\n" + "who: {{ .Site.Data.authors }}\n---\n");
        assertEquals(1, SiteCommand.run("new", "-s", dir.toString(), "posts/a.md"));
        assertTrue(
                err.text()
                        .contains(
                                "archetypes/posts.md:4: {{ .Site.Data.authors }}: can't evaluate field Data in .Site"
                                        + " (archetypes here know Title, BaseURL, LanguageCode, Copyright, Params, Author, IsServer, Language)"),
                err.text());
        assertTrue(Files.notExists(dir.resolve("content/posts/a.md")));
    }

    @Test
    void aNewSiteBuildsAtOnceAndAnExistingFolderIsRefused() throws Exception {
        assertEquals(0, SiteCommand.run("new", "site", "-s", dir.toString(), "blog"));
        Path blog = dir.resolve("blog");
        assertEquals(0, SiteCommand.run("build", "-s", blog.toString()));
        assertTrue(Files.readString(blog.resolve("public/posts/hello-world/index.html"))
                .contains("Hello World"));
        assertEquals(1, SiteCommand.run("new", "site", "-s", dir.toString(), "blog"));
        assertTrue(err.text().contains("already exists and is not empty"), err.text());
    }
}
