package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code fences of the highlight samples through real Hugo (Chroma, classes) and through MarkdownRenderer.
 * Languages whose lexers match Chroma token for token must stay byte-identical; the others are measured in
 * docs/COMPATIBILITY.md.
 */
class HighlightVsHugoIT {
    static final List<String> IDENTICAL =
            List.of("bash", "console", "go", "html", "java", "json", "plaintext", "toml", "yaml");

    @Test
    void languagesMatchingChromaStayIdentical(@TempDir Path dir) throws Exception {
        List<HugoOracle.Page> pages = new ArrayList<>();
        for (String lang : IDENTICAL) {
            String code = Files.readString(Path.of("src/test/resources/highlight/samples", lang + ".txt"));
            pages.add(new HugoOracle.Page(lang, "---\ntitle: " + lang + "\n---\n```" + lang + "\n" + code + "```\n"));
        }
        var hugo = HugoOracle.render(dir, "[markup.highlight]\nnoClasses = false\n", pages);
        MarkdownRenderer renderer =
                new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("noclasses", false))));
        for (HugoOracle.Page page : pages) {
            String body = page.text().substring(page.text().indexOf("\n---\n") + 5);
            assertEquals(
                    hugo.get(page.name()).get("content"),
                    renderer.render(body, PageContext.of(Path.of(page.name()))).content(),
                    page.name());
        }
    }

    /** Hugo calls this Go; our Go lexer, not made for Java, tokenises it unlike Chroma's, so only the name is compared. */
    private static final String JAVA_GUESSED_AS_GO = "package com.example;\n\nclass A {}\n";
    /** Fences without a known language under guessSyntax: what Chroma's few analysers recognise, and what they don't. */
    static final List<String> GUESS_SAMPLES = List.of(
            "hello world\n",
            "#!/bin/bash\necho hi\n",
            "#!/bin/sh\nls\n",
            "#!/usr/bin/env zsh\necho $HOME\n",
            "#!/usr/bin/env python\nprint(1)\n",
            "<?xml version=\"1.0\"?>\n<a/>\n",
            "<!DOCTYPE html>\n<html></html>\n",
            "{\"a\": 1}\n",
            "package main\n\nfunc main() {}\n",
            "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n",
            "#include <stdio.h>\nint main() {}\n",
            "title: x\ndraft: false\n",
            "FROM debian\nRUN apt-get update\n",
            "$ ls -la\ntotal 0\n",
            "<?php echo 1; ?>\n",
            "SELECT `id` FROM `users`;\n",
            "SELECT [id] FROM [users];\n",
            "@ IN SOA ns.example.com. admin.example.com. 1 2 3 4 5\n",
            "definition user {}\n",
            "permission x\n",
            "module main\n\nimport os\n",
            "#!/usr/bin/env v run\nprintln(1)\n",
            "#!/bin/bash\n# package x, module y\n",
            JAVA_GUESSED_AS_GO);

    @Test
    void guessSyntaxPicksWhatHugoPicks(@TempDir Path dir) throws Exception {
        List<HugoOracle.Page> pages = new ArrayList<>();
        for (String code : GUESS_SAMPLES) {
            pages.add(new HugoOracle.Page(
                    "guess" + pages.size(),
                    "---\ntitle: g\n---\n```\n" + code + "```\n\n```nosuchlang\n" + code + "```\n"));
        }
        var hugo = HugoOracle.render(dir, "[markup.highlight]\nguessSyntax = true\n", pages);
        MarkdownRenderer renderer =
                new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of("highlight", Map.of("guesssyntax", true))));
        Pattern lang = Pattern.compile("data-lang=\"([^\"]*)\"");
        for (HugoOracle.Page page : pages) {
            String expected = (String) hugo.get(page.name()).get("content");
            String actual = renderer.render(
                            page.text().substring(page.text().indexOf("\n---\n") + 5),
                            PageContext.of(Path.of(page.name())))
                    .content();
            Matcher m = lang.matcher(expected);
            assertTrue(m.find(), expected);
            String guessed = m.group(1);
            String context = page.text() + " -> " + guessed;
            // Blocks guessed as a language whose lexer matches Chroma are compared whole; the rest by the name Hugo
            // wrote.
            if (page.text().contains(JAVA_GUESSED_AS_GO)
                    || !(guessed.equals("fallback") || IDENTICAL.contains(guessed))) {
                assertEquals(langs(lang, expected), langs(lang, actual), context);
            } else {
                assertEquals(expected, actual, context);
            }
        }
    }

    private static List<String> langs(Pattern lang, String html) {
        return lang.matcher(html).results().map(r -> r.group(1)).toList();
    }

    /** anchorLineNos, lineAnchors and hl_inline, site-wide and per block, fences and the highlight shortcode. */
    @Test
    void anchoredLineNumbersAndInlineCodeAsInHugo(@TempDir Path dir) throws Exception {
        String body = """
                ```go
                a := 1
                b := 2
                ```

                ```go {lineAnchors=x,linenos=table,hl_lines=[2]}
                a := 1
                b := 2
                ```

                ```go {hl_inline=true}
                a := 1
                ```

                ```go {anchorlinenos=false}
                c := 3
                ```

                {{< highlight go "linenos=inline,anchorlinenos=true" >}}
                c := 3
                {{< /highlight >}}

                Inline {{< highlight go "hl_inline=true" >}}x := 1{{< /highlight >}} text.
                """;
        for (boolean noClasses : new boolean[] {true, false}) {
            Path site = Files.createDirectories(dir.resolve("noClasses-" + noClasses));
            var hugo = HugoOracle.render(
                    site,
                    "[markup.highlight]\nanchorLineNos = true\nlineNos = true\nlineNumbersInTable = false\nnoClasses = "
                            + noClasses + "\n",
                    List.of(new HugoOracle.Page("p", "---\ntitle: p\n---\n" + body)));
            MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.fromConfig(Map.of(
                    "highlight",
                    Map.of(
                            "anchorlinenos",
                            true,
                            "linenos",
                            true,
                            "linenumbersintable",
                            false,
                            "noclasses",
                            noClasses))));
            assertEquals(
                    hugo.get("p").get("content"),
                    renderer.render(body, PageContext.of(Path.of("p.md"))).content(),
                    "noClasses " + noClasses);
        }
    }
}
