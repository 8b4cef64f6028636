package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import site.builder.SiteBuilder;
import site.builder.TestSites;
import site.builder.config.BuildOptions;

/** Site shortcodes and render hooks are jte templates; ref/relref resolve over the site's pages. */
class ShortcodesAndHooksTest {
    @TempDir
    Path dir;

    @Test
    void siteShortcodesHooksAndRefsRenderInsideContent() {
        TestSites site = TestSites.in(dir)
                .file(
                        "layouts/shortcodes/note.jte",
                        "@param site.builder.markdown.ShortcodeCall call\n"
                                + "<aside class=\"note-${call.get(\"kind\")}\">$unsafe{call.inner()}</aside>")
                .file(
                        "layouts/_default/_markup/render-codeblock-mermaid.jte",
                        "@param site.builder.markdown.RenderHooks.CodeBlock block\n<pre class=\"mermaid\">${block.inner()}</pre>")
                .file("content/posts/target.md", "---\ntitle: Target\n---\nhello\n")
                .file(
                        "content/posts/source.md",
                        "---\ntitle: Source\n---\n"
                                + "{{< note kind=\"tip\" >}}<b>inner</b>{{< /note >}}\n\n"
                                + "```mermaid\ngraph TD; A-->B\n```\n\n"
                                + "[abs]({{< ref \"target.md\" >}}) [rel]({{< relref \"/posts/target\" >}})\n");
        new SiteBuilder(Clock.systemUTC(), null).build(BuildOptions.defaults(dir));
        String html = site.read("public/posts/source/index.html");
        assertTrue(html.contains("<aside class=\"note-tip\"><b>inner</b></aside>"), html);
        assertTrue(html.contains("<pre class=\"mermaid\">graph TD; A--&gt;B</pre>"), html);
        assertTrue(html.contains("href=\"https://example.org/posts/target/\""), html);
        assertTrue(html.contains("href=\"/posts/target/\""), html);
    }
}
