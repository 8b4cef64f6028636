package site.builder.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A page's front matter, typed, with Hugo's rules applied (date sources, scalar-as-list, defaults).
 * {@code params} is every front matter key, lower-cased, as Hugo's .Params.
 */
public record PageMeta(
        String title,
        String linkTitle,
        String description,
        Dates dates,
        boolean draft,
        String slug,
        String url,
        List<String> aliases,
        int weight,
        String type,
        String layout,
        String summary,
        List<String> keywords,
        boolean headless,
        BuildOptions build,
        List<String> outputs,
        Object menus,
        Map<String, List<String>> terms,
        Map<String, Object> params) {

    /** Hugo's four page dates; null is Go's zero time. */
    public record Dates(
            ZonedDateTime date, ZonedDateTime lastmod, ZonedDateTime publishDate, ZonedDateTime expiryDate) {
        public static final Dates NONE = new Dates(null, null, null, null);
    }

    /** Front matter _build: list (always|local|never), render (always|link|never), publishResources. */
    public record BuildOptions(String list, String render, boolean publishResources) {
        public static final BuildOptions DEFAULT = new BuildOptions("always", "always", true);

        public boolean listed() {
            return !list.equals("never");
        }

        public boolean listedGlobally() {
            return list.equals("always");
        }

        public boolean rendered() {
            return render.equals("always");
        }
    }

    /** Whether Hugo treats the page as CJK text (word counts, summaries): its iscjklanguage param. */
    public boolean isCJKLanguage() {
        return Boolean.TRUE.equals(params.get("iscjklanguage"));
    }

    /** The title used in links and menus: linkTitle, else title. */
    public String linkTitleOrTitle() {
        return linkTitle == null || linkTitle.isEmpty() ? title : linkTitle;
    }
}
