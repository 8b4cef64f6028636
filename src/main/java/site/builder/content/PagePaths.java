package site.builder.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import site.common.UrlPaths;

/**
 * Hugo's target path rules (its CreateTargetPaths): from a page's kind, sections, file, slug, url and
 * permalink pattern to the file it is written to and the link it is reached by.
 */
public final class PagePaths {
    private PagePaths() {}

    /**
     * @param sections the section path of list pages (["posts","2024"], ["tags","go"]), empty for home
     * @param dir the source dir of a regular page ("posts/2024/"), leaf bundle folder removed
     * @param baseName slug if set, else the file (or leaf bundle) name
     * @param url the url front matter value or ""
     * @param expanded the expanded [permalinks] pattern or ""
     * @param addends the pager part ("page/2") or ""
     */
    public record Descriptor(
            Kind kind,
            OutputFormat format,
            List<String> sections,
            String dir,
            String baseName,
            String url,
            String expanded,
            String addends,
            boolean uglyURLs,
            boolean disablePathToLower) {}

    public static TargetPath of(Descriptor d) {
        boolean ugly = d.uglyURLs() && !d.format().noUgly();
        String fullSuffix = d.format().suffix();
        boolean baseNameIsType =
                !d.baseName().isEmpty() && d.baseName().equals(d.format().baseName());
        if (d.expanded().isEmpty() && baseNameIsType) ugly = true;

        String pagePath = "/";
        boolean needsBase = true;
        if (d.kind() != Kind.PAGE && d.url().isEmpty() && !d.sections().isEmpty()) {
            pagePath =
                    d.expanded().isEmpty() ? join(d.sections().toArray(String[]::new)) : join(pagePath, d.expanded());
            needsBase = false;
        }
        String link;
        if (d.kind() != Kind.HOME && !d.url().isEmpty()) {
            pagePath = join(pagePath, d.url());
            if (!d.addends().isEmpty()) pagePath = join(pagePath, d.addends());
            link = pagePath;
            boolean hasDot = d.url().contains(".");
            boolean hasSlash = d.url().endsWith("/");
            if (hasSlash || !hasDot) pagePath = join(pagePath, d.format().baseName() + fullSuffix);
            if (!isHtmlIndex(pagePath)) link = pagePath;
            else if (!hasSlash) link += "/";
        } else if (d.kind() == Kind.PAGE) {
            if (!d.expanded().isEmpty()) {
                pagePath = join(pagePath, d.expanded());
            } else {
                if (!d.dir().isEmpty()) pagePath = join(pagePath, d.dir());
                if (!d.baseName().isEmpty()) pagePath = join(pagePath, d.baseName());
            }
            if (!d.addends().isEmpty()) pagePath = join(pagePath, d.addends());
            link = pagePath;
            if (baseNameIsType && link.endsWith(d.baseName())) {
                link = link.substring(0, link.length() - d.baseName().length());
            }
            link = link + "/";
            pagePath = ugly
                    ? trimSlashes(pagePath) + fullSuffix
                    : join(pagePath, d.format().baseName() + fullSuffix);
            if (!isHtmlIndex(pagePath)) link = pagePath;
        } else {
            if (!d.addends().isEmpty()) pagePath = join(pagePath, d.addends());
            needsBase = needsBase && d.addends().isEmpty();
            String base = needsBase || !ugly ? d.format().baseName() : "";
            link = pagePath;
            pagePath = base.isEmpty()
                    ? trimSlashes(pagePath) + fullSuffix
                    : join(pagePath, trimSlashes(base) + fullSuffix);
            if (!isHtmlIndex(pagePath)) link = pagePath;
            else link += "/";
        }
        return finish(d, pagePath, link);
    }

    private static TargetPath finish(Descriptor d, String pagePath, String link) {
        pagePath = join("/", pagePath);
        boolean hadSlash = link.endsWith("/");
        link = trimSlashes(link);
        if (hadSlash) link += "/";
        if (!link.startsWith("/")) link = "/" + link;
        if (d.kind() != Kind.PAGE || d.url().isEmpty()) {
            pagePath = sanitize(pagePath, d.disablePathToLower());
            link = sanitize(link, d.disablePathToLower());
        }
        link = UrlPaths.escapePath(link);
        return new TargetPath(pagePath, link.isEmpty() ? "/" : link);
    }

    private static String sanitize(String s, boolean keepCase) {
        return keepCase ? UrlPaths.makePath(s) : UrlPaths.makePathSanitized(s);
    }

    private static boolean isHtmlIndex(String s) {
        return s.endsWith("/index.html");
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') start++;
        while (end > start && s.charAt(end - 1) == '/') end--;
        return s.substring(start, end);
    }

    /** Go's path.Join (cleaned, no trailing slash) but keeping a trailing slash of the last element. */
    static String join(String... elems) {
        boolean hadSlash = elems[elems.length - 1].endsWith("/");
        String nonEmpty =
                String.join("/", Arrays.stream(elems).filter(e -> !e.isEmpty()).toList());
        String joined = nonEmpty.isEmpty() ? "" : clean(nonEmpty);
        return hadSlash && !joined.endsWith("/") ? joined + "/" : joined;
    }

    /** Go's path.Clean. */
    static String clean(String p) {
        if (p.isEmpty()) return "";
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) out.remove(out.size() - 1);
                else if (!rooted) out.add("..");
            } else {
                out.add(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }
}
