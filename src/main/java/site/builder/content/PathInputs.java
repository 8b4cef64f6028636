package site.builder.content;

import java.util.List;
import java.util.Map;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * The front matter values that become output paths (url, slug, taxonomy terms) checked where they are
 * written: a "." or ".." segment would put a page on the site root, a section's list page or outside the site,
 * and a NUL cannot be in a file name. Each is a {@code file:line} error instead of an overwrite or a stack trace.
 */
final class PathInputs {
    private PathInputs() {}

    static void check(
            SourcePage source, String url, String slug, List<String> aliases, Map<String, List<String>> terms) {
        if (source == null) return;
        check(source, "url", url);
        if (hasScheme(url)) {
            throw at(
                    source,
                    "url",
                    "url \"" + url + "\" is a full URL: url sets the page's path on this site"
                            + " (\"/x/\"); Hugo refuses it too (\"URLs with protocol (http*) not supported\")");
        }
        check(source, "slug", slug);
        for (String alias : aliases) {
            if (hasScheme(alias)) {
                throw at(
                        source,
                        "aliases",
                        "alias \"" + alias + "\" is a full URL: an alias is a path on this site"
                                + " that redirects to the page; Hugo refuses it too (\"http* aliases not supported\")");
            }
        }
        terms.forEach((plural, names) -> names.forEach(name -> check(source, plural, name)));
    }

    /** A located error at the front matter line of {@code key}. */
    static LocatedException at(SourcePage source, String key, String message) {
        return new LocatedException(
                new LocatedError(source.file(), source.frontMatter().lineOf(key), message));
    }

    private static boolean hasScheme(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("http://") || v.startsWith("https://");
    }

    private static void check(SourcePage source, String key, String value) {
        String problem = problem(value);
        if (problem == null) return;
        throw at(source, key, key + " \"" + value.replace("\0", "\\0") + "\" " + problem);
    }

    private static String problem(String value) {
        if (value.indexOf('\0') >= 0) return "contains a NUL character, which no file name can hold";
        for (String segment : value.split("/", -1)) {
            String s = segment.strip();
            if (s.equals(".") || s.equals("..")) {
                return "has a \"" + s
                        + "\" segment: an output path must name a page below the site root, not a folder above or at it";
            }
        }
        return null;
    }
}
