package site.builder.output;

import java.time.ZonedDateTime;
import java.util.List;

/** An RSS channel as Hugo's built-in RSS template fills it. Null dates are Go's zero time. */
public record Feed(
        String title,
        String link,
        String description,
        String language,
        String copyright,
        ZonedDateTime lastBuildDate,
        String selfLink,
        List<Item> items) {

    public record Item(String title, String link, ZonedDateTime pubDate, String guid, String description) {}
}
