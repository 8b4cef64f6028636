package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.TestSites;
import site.testsupport.RealComponent;

/**
 * `site new` against Hugo 0.111.3's `hugo new` on the same archetypes: the same files, byte for byte, once each
 * date line is set aside (both write the time of the run).
 */
class NewVsHugoIT {
    @TempDir Path dir;

    private static final List<String> PATHS = List.of("posts/my-first-post.md", "notes/a-tale-of-two-cities.md",
            "about-us.md", "other/x_y-z.md", "gallery/summer-trip", "content/posts/with-prefix.md");

    private void site(Path root, boolean withArchetypes) {
        TestSites site = TestSites.bare(root)
                .file("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Both\"\ntheme = \"mine\"\n")
                .file("content/.keep", "")
                .file("themes/mine/theme.toml", "name = \"mine\"\n");
        if (!withArchetypes) return;
        site.file("archetypes/posts.md", "+++\ntitle = '{{ replace .Name \"-\" \" \" | title }}'\ndate = {{ .Date }}\n"
                        + "draft = true\ntags = []\nslug = \"{{ .Name | urlize }}\"\nsection = \"{{ .Section }}\"\n"
                        + "type = \"{{ .Type }}\"\n+++\n{{/* a comment */}}\n# {{ .Name | upper }} on {{ .Site.Title }}\n")
                .file("archetypes/default.md", "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n"
                        + "draft: true\nlower: {{ lower \"MiXeD\" }}\nhuman: {{ humanize .Name }}\n---\nbody   {{- \" trimmed\" -}}  \n\n.\n")
                .file("themes/mine/archetypes/notes.md", "---\ntitle: \"{{ .Name | replace \"-\" \" \" | title }}\"\n"
                        + "date: {{ .Date }}\ntheme: true\n---\n")
                .file("archetypes/gallery/index.md", "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n---\n")
                .file("archetypes/gallery/photos.txt", "{{ .Name }} stays as it is\n");
    }

    @Test
    void sameFilesAsHugoNewFromTheSiteAndThemeArchetypes() throws Exception {
        compare(true);
    }

    @Test
    void sameFilesAsHugoNewFromTheBuiltInArchetype() throws Exception {
        compare(false);
    }

    private void compare(boolean withArchetypes) throws Exception {
        RealComponent.requireHugo();
        Path hugo = dir.resolve("hugo"), ours = dir.resolve("site");
        site(hugo, withArchetypes);
        site(ours, withArchetypes);
        for (String path : PATHS) {
            if (!withArchetypes && path.equals("gallery/summer-trip")) continue;
            Process p = new ProcessBuilder("hugo", "new", path).directory(hugo.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            assertEquals(0, p.exitValue(), out);
            assertEquals(0, SiteCommand.run("new", "-s", ours.toString(), path), path);
        }
        assertEquals(contents(hugo.resolve("content")), contents(ours.resolve("content")));
    }

    /** Every file below {@code root} with its text, date lines replaced by a marker. */
    private static TreeMap<String, String> contents(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(),
                        Files.readString(file).replaceAll("(?m)^date( = |: )\\S+$", "date$1<now>"));
            }
        }
        return out;
    }
}
