package site.builder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import site.builder.content.SourcePage;

/**
 * The URL of a bundle resource that a relative link or image destination names, as PaperMod's image hook finds it
 * with {@code .Page.Resources.Get}: the destination's path (percent-escapes decoded, a leading {@code ./} dropped)
 * is a resource's name, compared without case as Hugo compares them; the resource lives beside the page's output,
 * and the destination's query and fragment are kept.
 */
final class BundleResourceURL {
    private BundleResourceURL() {}

    /**
     * @param pageURL the page's relative permalink ({@code /posts/x/}, or {@code /posts/x.html} with ugly URLs)
     */
    static Optional<String> of(String destination, List<SourcePage.Resource> resources, String pageURL) {
        if (resources.isEmpty() || pageURL.isEmpty() || !isRelative(destination)) return Optional.empty();
        int end = firstOf(destination, "?#");
        String path = decoded(destination.substring(0, end));
        if (path.startsWith("./")) path = path.substring(2);
        String name = path.toLowerCase(Locale.ROOT);
        for (SourcePage.Resource r : resources) {
            if (r.path().toLowerCase(Locale.ROOT).equals(name))
                return Optional.of(folderOf(pageURL) + r.path() + destination.substring(end));
        }
        return Optional.empty();
    }

    /** No scheme, no host, not from the site's root, not a fragment of the page itself. */
    private static boolean isRelative(String destination) {
        if (destination.isEmpty() || destination.startsWith("/") || destination.startsWith("#")) return false;
        int colon = destination.indexOf(':');
        return colon < 0 || firstOf(destination, "/?#") < colon;
    }

    /** The folder the page's resources are published in: its own folder, or its name without .html (ugly URLs). */
    private static String folderOf(String pageURL) {
        if (pageURL.endsWith("/")) return pageURL;
        int dot = pageURL.lastIndexOf('.');
        return (dot > pageURL.lastIndexOf('/') ? pageURL.substring(0, dot) : pageURL) + "/";
    }

    private static String decoded(String path) {
        if (path.indexOf('%') < 0) return path;
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a stray '%' is a character of the name
        }
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return s.length();
    }
}
