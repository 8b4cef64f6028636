package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import site.common.LocatedError;
import site.common.LocatedException;

/** Hostile or broken input ends in a rendering or a located error, quickly: never a hang, crash or stack overflow. */
class BadInputTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(MarkdownOptions.defaults());
    private final PageContext page = PageContext.of(Path.of("bad.md"));

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void tenThousandNestedBlockquotesAreALocatedError() {
        LocatedException e = assertThrows(
                LocatedException.class, () -> renderer.render("text\n\n" + ">".repeat(10_000) + " deep\n", page));
        assertEquals(
                new LocatedError(Path.of("bad.md"), 3, "blocks nested more than 1000 levels deep"),
                e.errors().get(0));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void tenThousandNestedListsAreALocatedError() {
        assertThrows(LocatedException.class, () -> renderer.render("- ".repeat(10_000) + "item\n", page));
        assertThrows(LocatedException.class, () -> renderer.render("1. ".repeat(10_000) + "item\n", page));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void aThousandNestedQuotesRenderDespiteTheRecursion() {
        assertTrue(renderer.render("> ".repeat(1000) + "deep\n", page).content().contains("deep"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void fiftyMegabyteSingleLineFullOfMarkupIsALocatedError() {
        String line = "word *em* `code` \"quote\" https://example.com/x ".repeat(50 * 1024 * 1024 / 48);
        LocatedException e = assertThrows(LocatedException.class, () -> renderer.render(line, page));
        assertTrue(e.getMessage().contains("too large to render"), e.getMessage());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void fiftyMegabytesOfPlainWordsOnOneLineRender() {
        assertEquals(
                10 * 1024 * 1024,
                renderer.render("word ".repeat(10 * 1024 * 1024), page).wordCount());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void fiveMegabyteCodeBlockIsHighlighted() {
        String code = "```java\n" + "int x = \"a\\\\\" + 1; // c\n".repeat(200_000) + "```\n";
        assertTrue(renderer.render(code, page).content().startsWith("<div class=\"highlight\">"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void invalidUtf8DecodesToReplacementCharactersAndRenders() {
        byte[] bytes = {
            '#', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, 'a', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80
        };
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(renderer.render(body, page).content().startsWith("<h1 id="));
        assertTrue(renderer.render("lone \uD800 surrogate", page).content().contains("surrogate"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void unterminatedFrontMatterInBodyIsJustMarkdown() {
        assertEquals(
                "<hr>\n<p>title: x\ndate: 2024</p>\n",
                renderer.render("---\ntitle: x\ndate: 2024\n", page).content());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void unterminatedShortcodesAreLocatedErrors() {
        for (String body :
                new String[] {"{{< figure src=\"x", "{{< figure src=`x >}}", "{{</* figure", "{{% details %}}", "{{<"
                }) {
            LocatedException e = assertThrows(LocatedException.class, () -> renderer.render(body, page), body);
            assertEquals(Path.of("bad.md"), e.errors().get(0).file());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void manyUnclosedShortcodeOpeningsDoNotBlowUp() {
        LocatedException e =
                assertThrows(LocatedException.class, () -> renderer.render("{{< nosuch >}}".repeat(100_000), page));
        assertTrue(e.getMessage().contains("not found"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
    void pathologicalEmphasisAndBracketsFinishOrAreRefused() {
        try {
            renderer.render("*a **b ".repeat(100_000) + "[".repeat(100_000) + "](".repeat(50_000), page);
        } catch (LocatedException e) {
            assertTrue(e.getMessage().contains("too large"), e.getMessage());
        }
    }
}
