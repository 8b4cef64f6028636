package site.builder.markdown;

import java.util.Optional;

/** Resolves the target of {@code ref}/{@code relref}; SiteBuilder implements it over the content index. */
public interface LinkResolver {

    /**
     * @param ref      the shortcode's argument, e.g. {@code "posts/hello.md#intro"} or {@code "/about"}
     * @param relative true for relref (site-relative path), false for ref (absolute permalink)
     * @param lang     the language whose page is meant ({@code lang="en"}), "" for the page's own
     * @return the URL, or empty when no page matches (the caller reports a located error)
     */
    Optional<String> resolve(String ref, boolean relative, String lang);

    /**
     * The URL of the page's bundle resource that a relative link or image destination names ({@code diagram.png},
     * {@code ./img/a.png?w=1#x}), with its query and fragment; empty when it names none.
     */
    default Optional<String> resource(String destination) {
        return Optional.empty();
    }

    /** Whether the site has this language (ref with lang="fr" on a site without fr is an error of its own). */
    default boolean hasLanguage(String lang) {
        return lang.isEmpty();
    }
}
