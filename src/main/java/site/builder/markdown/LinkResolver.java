package site.builder.markdown;

import java.util.Optional;

/** Resolves the target of {@code ref}/{@code relref}; SiteBuilder implements it over the content index. */
public interface LinkResolver {

    /**
     * @param ref      the shortcode's argument, e.g. {@code "posts/hello.md#intro"} or {@code "/about"}
     * @param relative true for relref (site-relative path), false for ref (absolute permalink)
     * @return the URL, or empty when no page matches (the caller reports a located error)
     */
    Optional<String> resolve(String ref, boolean relative);
}
