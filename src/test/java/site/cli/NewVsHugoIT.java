package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    @TempDir
    Path dir;

    private static final List<String> PATHS = List.of(
            "posts/my-first-post.md",
            "notes/a-tale-of-two-cities.md",
            "about-us.md",
            "other/x_y-z.md",
            "gallery/summer-trip",
            "content/posts/with-prefix.md");

    private void site(Path root, boolean withArchetypes) {
        TestSites site = TestSites.bare(root)
                .file("hugo.toml", "baseURL = \"https://example.org/\"\ntitle = \"Both\"\ntheme = \"mine\"\n")
                .file("content/.keep", "")
                .file("themes/mine/theme.toml", "name = \"mine\"\n");
        if (!withArchetypes) return;
        site.file(
                        "archetypes/posts.md",
                        "+++\ntitle = '{{ replace .Name \"-\" \" \" | title }}'\ndate = {{ .Date }}\n"
                                + "draft = true\ntags = []\nslug = \"{{ .Name | urlize }}\"\nsection = \"{{ .Section }}\"\n"
                                + "type = \"{{ .Type }}\"\n+++\n{{/* a comment */}}\n# {{ .Name | upper }} on {{ .Site.Title }}\n")
                .file(
                        "archetypes/default.md",
                        "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n"
                                + "draft: true\nlower: {{ lower \"MiXeD\" }}\nhuman: {{ humanize .Name }}\n---\nbody   {{- \" trimmed\" -}}  \n\n.\n")
                .file(
                        "themes/mine/archetypes/notes.md",
                        "---\ntitle: \"{{ .Name | replace \"-\" \" \" | title }}\"\n"
                                + "date: {{ .Date }}\ntheme: true\n---\n")
                .file(
                        "archetypes/gallery/index.md",
                        "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\n---\n")
                .file("archetypes/gallery/photos.txt", "{{ .Name }} stays as it is\n");
    }

    /**
     * Archetypes with Go-template logic: if/else if/else, with, range (list, map, empty), variables, .File, params,
     * time. The logic is in the body: Hugo reads the front matter it wrote back, which must stay valid YAML.
     */
    private void logicSite(Path root) {
        TestSites.bare(root)
                .file(
                        "hugo.toml",
                        "baseURL = \"https://example.org/\"\ntitle = \"Logic\"\n[params]\nauthor = \"Kim\"\n"
                                + "tags = [\"go\", \"hugo\"]\n[params.social]\ngithub = \"kim\"\nmastodon = \"@kim\"\n")
                .file("content/.keep", "")
                .file("archetypes/default.md", """
                        ---
                        title: "{{ replace .File.ContentBaseName "-" " " | title }}"
                        date: {{ .Date }}
                        draft: true
                        ---
                        {{- /* a comment
                           over two lines */}}
                        {{ if eq .Section "posts" }}kind: post{{ else if eq .Section "notes" }}kind: note{{ else }}kind: other{{ end }}
                        author: {{ .Site.Params.Author | default "nobody" }}
                        {{- with .Site.Params.missing }}
                        missing: {{ . }}
                        {{- else }}
                        missing: none ({{ .Site.Params.missing }})
                        {{- end }}
                        tags: [{{ range $i, $t := .Site.Params.tags }}{{ if $i }}, {{ end }}"{{ $t | upper }}"{{ end }}]
                        social:{{ range $site, $id := .Site.Params.social }} {{ $site }}={{ $id }}{{ end }}
                        {{ range .Site.Params.none }}never{{ else }}empty: true{{ end }}
                        {{ $slug := .Name | urlize }}{{ $slug = printf "%s-%d-%q" $slug 2 "x" }}slug: {{ $slug }}
                        file: {{ .File.Path }} {{ .File.Dir }} {{ .File.BaseFileName }} {{ .File.LogicalName }} {{ .File.Ext }} {{ .File.Lang }}
                        year: {{ now.Format "2006" }} {{ dateFormat "2006" .Date }} {{ (time .Date).Year }}
                        misc: {{ slice 1 "a" 2.5 true }} {{ len .Site.Params.tags }} {{ index .Site.Params.tags 1 }} {{ in .Site.Params.tags "go" }} {{ and 1 "" }} {{ or "" 0 }} {{ not .Site.Params.x }} {{ print 1 2 "c" 3 }}
                        text: {{ humanize "a-tale_of" }} {{ strings.TrimSuffix ".md" .File.LogicalName }} {{ path.Base "/a/b/" }} {{ trim "--x--" "-" }} {{ lt 1 2.5 }} {{ ne .Type "page" }}
                        site: {{ site.Title }} {{ site.Params.author }} {{ .Site.IsServer }} {{ .Site.Author }}
                        """)
                .file(
                        "archetypes/gallery/index.md",
                        "---\ntitle: \"{{ .Name | humanize }}\"\n{{ with .Site.Params.author }}by: {{ . }}{{ end }}\n"
                                + "dir: {{ .File.Dir }} base: {{ .File.ContentBaseName }}\n---\n");
    }

    @Test
    void sameFilesAsHugoNewFromTheSiteAndThemeArchetypes() throws Exception {
        compare(root -> site(root, true), PATHS);
    }

    @Test
    void sameFilesAsHugoNewFromTheBuiltInArchetype() throws Exception {
        compare(
                root -> site(root, false),
                PATHS.stream().filter(p -> !p.equals("gallery/summer-trip")).toList());
    }

    @Test
    void sameFilesAsHugoNewFromArchetypesWithTemplateLogic() throws Exception {
        compare(
                this::logicSite,
                List.of("posts/my-first-post.md", "notes/a-note.md", "about.md", "gallery/summer-trip"));
    }

    private void compare(java.util.function.Consumer<Path> site, List<String> paths) throws Exception {
        RealComponent.requireHugo();
        Path hugo = dir.resolve("hugo"), ours = dir.resolve("site");
        site.accept(hugo);
        site.accept(ours);
        for (String path : paths) {
            Process p = new ProcessBuilder("hugo", "new", path)
                    .directory(hugo.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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
                out.put(
                        root.relativize(file).toString(),
                        Files.readString(file).replaceAll("(?m)^date( = |: )\\S+$", "date$1<now>"));
            }
        }
        return out;
    }
}
