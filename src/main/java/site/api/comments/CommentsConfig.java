package site.api.comments;

import java.time.Duration;

/**
 * @param editWindow    how long authors may edit or delete their comment
 * @param premoderation new comments wait for an admin before they are shown
 * @param siteUrl       the static site's base URL, for absolute links in the feed ("" for relative links)
 */
public record CommentsConfig(Duration editWindow, boolean premoderation, String siteUrl) {

    public static CommentsConfig defaults() {
        return new CommentsConfig(Duration.ofMinutes(15), false, "");
    }
}
