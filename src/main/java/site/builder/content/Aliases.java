package site.builder.content;

import java.util.ArrayList;
import java.util.List;
import site.builder.config.SiteConfig;

/** Hugo's alias rules: a relative alias sits beside the page, an absolute one from the site root. */
final class Aliases {
    private Aliases() {}

    static List<SiteIndex.Alias> of(List<Page> pages, SiteConfig config) {
        List<SiteIndex.Alias> out = new ArrayList<>();
        for (Page page : pages) {
            TargetPath html = page.target(OutputFormat.HTML);
            if (html == null || page.permalink().isEmpty()) continue;
            for (String alias : page.meta().aliases()) {
                String a = alias.startsWith("/") ? PagePaths.join("/", alias) : PagePaths.join(linkDir(html), "..", alias);
                if (config.flags().uglyURLs() && !a.endsWith(".html")) a += ".html";
                out.add(new SiteIndex.Alias(file(alias, a), page.permalink(), page));
            }
        }
        return out;
    }

    /** The page's unescaped URL folder ("/posts/hello" for /posts/hello/index.html or /posts/hello.html). */
    private static String linkDir(TargetPath html) {
        String file = html.file();
        if (file.endsWith("/index.html")) return file.substring(0, file.length() - "/index.html".length());
        return file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file;
    }

    private static String file(String original, String alias) {
        String a = PagePaths.clean(alias);
        if (a.startsWith("/")) a = a.substring(1);
        if (original.endsWith("/") || a.isEmpty()) return a + (a.isEmpty() ? "" : "/") + "index.html";
        return a.endsWith(".html") ? a : a + "/index.html";
    }
}
