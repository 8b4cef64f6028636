package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.config.BuildOptions;
import site.testsupport.RealComponent;

/**
 * The JS minifier checked by a real JavaScript engine (node): every script a `--minify` build of a PaperMod
 * fixture publishes (inline and bundled) still parses, and tricky programs compute the same before and after.
 */
class MinifiedJavaScriptIT {
    /** Reads a JSON array of programs on stdin; prints, per program, its completion value as JSON or "SyntaxError". */
    private static final String RUNNER = """
            const vm = require('vm');
            const programs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            console.log(JSON.stringify(programs.map(p => {
              try { return JSON.stringify(vm.runInNewContext(p, {}, {timeout: 1000})) ?? 'undefined'; }
              catch (e) { return e instanceof SyntaxError || e.name === 'SyntaxError' ? 'SyntaxError: ' + e.message : 'ran'; }
            })));
            """;

    private static final List<String> PROGRAMS = List.of(
            "var a = 1\nvar b = a\n++b\n[a, b]",
            "function f() {\n  return\n  42\n}\nf()",
            "function g() { return /* a\\n comment */ 7 }\ng()",
            "var s = \"a // not a comment /* nor this */\"; s",
            "var t = `x  ${ 1 + `y  ${2}` }  z`; t",
            "var r = /a\\/ [/ ]b/g; 'xa/ /bx'.replace(r, '-')",
            "var n = 10, d = 2, e = 5; n / d / e",
            "var x = 3; x + +'4' - -1",
            "1 .toString() + 2..toString()",
            "var o = {\n  a: 1,\n  b: [2,\n 3]\n}\nJSON.stringify(o)",
            "var i = 0\nvar j = i++\n-1\n[i, j]",
            "if (true) /re/.test('are') ? 'yes' : 'no'",
            "var c = 0; for (var k = 0; k < 3; k++) { c += k } c",
            "typeof void 0 + typeof typeof 1");

    @TempDir
    Path out;

    @Test
    void trickyProgramsComputeTheSameMinified() throws Exception {
        List<String> programs = new ArrayList<>(PROGRAMS);
        PROGRAMS.forEach(p -> programs.add(JsMinifier.minify(p)));
        List<String> results = run(programs);
        for (int i = 0; i < PROGRAMS.size(); i++) {
            assertTrue(!results.get(i).startsWith("SyntaxError"), PROGRAMS.get(i) + ": " + results.get(i));
            assertEquals(
                    results.get(i),
                    results.get(i + PROGRAMS.size()),
                    PROGRAMS.get(i) + "\nminified: " + programs.get(i + PROGRAMS.size()));
        }
    }

    @Test
    void everyScriptOfAMinifiedPaperModSiteStillParses() throws Exception {
        new SiteBuilder(Clock.systemUTC(), null)
                .build(BuildOptions.defaults(Path.of("src/test/resources/sites/papermod-profile"))
                        .withDestination(out)
                        .withMinify(true));
        Set<String> scripts = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".js") || p.toString().endsWith(".html"))
                    .toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".js")) {
                    scripts.add(text);
                    continue;
                }
                for (Element s : Jsoup.parse(text).select("script:not([src])")) {
                    if (!s.attr("type").contains("json")) scripts.add(s.data());
                }
            }
        }
        assertTrue(scripts.size() >= 5, "scripts found: " + scripts.size());
        // parsed, not run: wrapped in a function that is never called (they need a browser's document)
        List<String> programs = scripts.stream()
                .map(s -> "(function () {\n" + s + "\n}); 'parsed'")
                .toList();
        List<String> results = run(programs);
        for (int i = 0; i < programs.size(); i++) assertEquals("\"parsed\"", results.get(i), programs.get(i));
    }

    private static List<String> run(List<String> programs) throws IOException, InterruptedException {
        RealComponent.requireCommand("node", "node", "--version");
        ObjectMapper json = new ObjectMapper();
        Process node = new ProcessBuilder("node", "-e", RUNNER)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var stdin = node.getOutputStream()) {
            stdin.write(json.writeValueAsBytes(programs));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), output);
        return List.of(json.readValue(output, String[].class));
    }
}
