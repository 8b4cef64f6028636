package site.builder.content;

import java.util.ArrayList;
import java.util.List;
import site.builder.config.SiteConfig;
import site.common.LocatedError;
import site.common.LocatedException;

/** Hugo's alias rules: a relative alias sits beside the page, an absolute one from the site root. */
final class Aliases {
    private Aliases() {}

    /** @throws LocatedException for aliases that land on the site root, all of them, as Hugo refuses those */
    static List<SiteIndex.Alias> of(List<Page> pages, SiteConfig config) {
        List<SiteIndex.Alias> out = new ArrayList<>();
        List<LocatedError> errors = new ArrayList<>();
        for (Page page : pages) {
            TargetPath html = page.target(OutputFormat.HTML);
            if (html == null || page.permalink().isEmpty()) continue;
            for (String alias : page.meta().aliases()) {
                // Go's path.Join: cleaned, so a trailing slash is dropped before ".html" or "/index.html" is added
                String a = PagePaths.clean(alias.startsWith("/") ? "/" + alias : linkDir(html) + "/../" + alias);
                if (a.equals("/") && page.source() != null) {
                    errors.add(PathInputs.at(
                                    page.source(),
                                    "aliases",
                                    "alias \"" + alias + "\" is the site root:"
                                            + " it would replace the home page (Hugo: \"resolves to website root directory\")")
                            .errors()
                            .get(0));
                    continue;
                }
                if (config.flags().uglyURLs() && !a.endsWith(".html")) a += ".html";
                out.add(new SiteIndex.Alias(file(a), page.permalink(), page));
            }
        }
        if (!errors.isEmpty()) throw new LocatedException(errors);
        return out;
    }

    /** The page's unescaped URL folder ("/posts/hello" for /posts/hello/index.html or /posts/hello.html). */
    private static String linkDir(TargetPath html) {
        String file = html.file();
        if (file.endsWith("/index.html")) return file.substring(0, file.length() - "/index.html".length());
        return file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file;
    }

    private static String file(String alias) {
        String a = alias.startsWith("/") ? alias.substring(1) : alias;
        if (a.isEmpty()) return "index.html";
        return a.endsWith(".html") ? a : a + "/index.html";
    }
}
