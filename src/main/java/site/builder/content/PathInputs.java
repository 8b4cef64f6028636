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

    static void check(SourcePage source, String url, String slug, Map<String, List<String>> terms) {
        if (source == null) return;
        check(source, "url", url);
        check(source, "slug", slug);
        terms.forEach((plural, names) -> names.forEach(name -> check(source, plural, name)));
    }

    private static void check(SourcePage source, String key, String value) {
        String problem = problem(value);
        if (problem == null) return;
        throw new LocatedException(new LocatedError(source.file(), source.frontMatter().lineOf(key),
                key + " \"" + value.replace("\0", "\\0") + "\" " + problem));
    }

    private static String problem(String value) {
        if (value.indexOf('\0') >= 0) return "contains a NUL character, which no file name can hold";
        for (String segment : value.split("/", -1)) {
            String s = segment.strip();
            if (s.equals(".") || s.equals("..")) {
                return "has a \"" + s + "\" segment: an output path must name a page below the site root, not a folder above or at it";
            }
        }
        return null;
    }
}
