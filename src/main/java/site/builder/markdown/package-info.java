/**
 * Markdown rendered as Hugo 0.111's goldmark renders it.
 *
 * <p>Entry points: {@link site.builder.markdown.MarkdownOptions#fromConfig} (the [markup] table, once per build),
 * {@link site.builder.markdown.MarkdownRenderer} (thread-safe, shared by all pages) and its
 * {@code render(body, PageContext)} returning {@link site.builder.markdown.Rendered}. What the page's site
 * provides comes through small interfaces implemented elsewhere: {@link site.builder.markdown.LinkResolver}
 * (ref/relref), {@link site.builder.markdown.ShortcodeTemplates} (layouts/shortcodes) and
 * {@link site.builder.markdown.RenderHooks} (layouts/_default/_markup). flexmark stays inside this package;
 * code highlighting lives in {@code highlight}.
 */
package site.builder.markdown;
