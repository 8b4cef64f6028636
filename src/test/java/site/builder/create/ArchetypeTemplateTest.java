package site.builder.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import site.common.LocatedException;

/** Archetypes as Go templates: the logic Hugo's archetypes use, and an error at the line of anything else. */
class ArchetypeTemplateTest {
    private static final Path FILE = Path.of("archetypes/posts.md");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 3, 9, 10, 30, 0, 0, ZoneOffset.UTC);

    private static Object data() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("author", "Kim");
        params.put("tags", List.of("go", "java"));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("Name", "my-post");
        page.put("Section", "posts");
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("Title", "Blog");
        site.put("Params", params);
        page.put("Site", new TemplateValues.Struct(".Site", site));
        return new TemplateValues.Struct("the archetype's page (.)", page);
    }

    private static String run(String text) {
        return ArchetypeTemplate.execute(text, data(), NOW, FILE);
    }

    private static String error(String text) {
        return assertThrows(LocatedException.class, () -> run(text))
                .errors()
                .get(0)
                .toString();
    }

    @Test
    void ifElseIfElseWithAndRangeChooseAsGoDoes() {
        assertEquals("b", run("{{ if eq .Section \"x\" }}a{{ else if eq .Section \"posts\" }}b{{ else }}c{{ end }}"));
        assertEquals(
                "Kim|none",
                run(
                        "{{ with .Site.Params.author }}{{ . }}{{ end }}|{{ with .Site.Params.nope }}x{{ else }}none{{ end }}"));
        assertEquals("0=go 1=java ", run("{{ range $i, $t := .Site.Params.tags }}{{ $i }}={{ $t }} {{ end }}"));
        assertEquals("empty", run("{{ range .Site.Params.nope }}x{{ else }}empty{{ end }}"));
    }

    @Test
    void variablesTrimMarkersCommentsAndPipes() {
        assertEquals(
                "My Post 2024-03-09!",
                run("{{ $t := replace .Name \"-\" \" \" | title }}{{ $t = print $t \" \" }}"
                        + "{{- /* gone */ -}}\n  {{ $t }}  {{- now.Format \"2006-01-02\" }}{{ \"!\" }}"));
        assertEquals(
                "Kim KIM <no value>",
                run("{{ .Site.Params.Author }} {{ upper (.Site.Params.author) }} {{ .Site.Params.nope }}"));
    }

    @Test
    void somethingArchetypesDoNotKnowIsAnErrorAtItsLine() {
        assertEquals(
                "archetypes/posts.md:2: {{ partial \"x\" . }}: function \"partial\" is not supported in archetypes here"
                        + " (supported: " + TemplateFunctions.names() + ")",
                error("---\n{{ partial \"x\" . }}\n---\n"));
        assertEquals(
                "archetypes/posts.md:3: {{ .Kind }}: can't evaluate field Kind in the archetype's page (.)"
                        + " (archetypes here know Name, Section, Site)",
                error("\n\n{{ .Kind }}"));
        assertEquals(
                "archetypes/posts.md:1: {{ if .Name }} is never closed with {{ end }}", error("{{ if .Name }}x\n"));
        assertEquals("archetypes/posts.md:2: {{ end }} without an if, with or range to close", error("x\n{{ end }}"));
        assertEquals(
                "archetypes/posts.md:1: {{ template }} is not supported in archetypes here (if, else, with, range"
                        + " and end are)",
                error("{{ template \"x\" . }}"));
        assertEquals(
                "archetypes/posts.md:1: {{ .Site }}: .Site cannot be printed; print one of its fields (Title, Params)",
                error("{{ .Site }}"));
        assertEquals(
                "archetypes/posts.md:4: {{ range .Name }}: range can't iterate over my-post",
                error("{{/* a\ncomment\n*/}}\n{{ range .Name }}{{ end }}"));
    }
}
