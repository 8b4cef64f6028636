package site.builder.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import site.common.Values;

/**
 * The share buttons of a page (PaperMod's networks, in its order), limited to the param {@code ShareButtons}
 * when it is set; titles and URLs are URL-encoded into each network's share address.
 */
public final class ShareLinks {
    public record Link(String network, String url) {}

    private static final List<String> NETWORKS =
            List.of("twitter", "linkedin", "reddit", "facebook", "whatsapp", "telegram");

    private ShareLinks() {}

    public static List<Link> of(PageView page) {
        List<String> chosen = Values.strings(page.param("ShareButtons"));
        String url = encode(page.permalink());
        String title = encode(page.title());
        String tags = encode(String.join(
                ",",
                page.terms("tags").stream()
                        .map(t -> t.title().replaceAll("\\s", ""))
                        .toList()));
        return NETWORKS.stream()
                .filter(n -> chosen.isEmpty() || chosen.contains(n))
                .map(n -> new Link(
                        n,
                        switch (n) {
                            case "twitter" ->
                                "https://twitter.com/intent/tweet/?text=" + title + "&url=" + url + "&hashtags=" + tags;
                            case "linkedin" ->
                                "https://www.linkedin.com/shareArticle?mini=true&url=" + url + "&title=" + title;
                            case "reddit" -> "https://reddit.com/submit?url=" + url + "&title=" + title;
                            case "facebook" -> "https://facebook.com/sharer/sharer.php?u=" + url;
                            case "whatsapp" -> "https://api.whatsapp.com/send?text=" + title + "%20-%20" + url;
                            default -> "https://telegram.me/share/url?text=" + title + "&url=" + url;
                        }))
                .toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
