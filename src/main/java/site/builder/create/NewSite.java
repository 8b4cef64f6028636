package site.builder.create;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * {@code site new site DIR}: Hugo's site skeleton (hugo.toml, the folders, archetypes/default.md) with the
 * bundled theme selected and a first post, so that {@code site build} and {@code site serve} run in it at once.
 * An existing folder that is not empty is refused, as Hugo does without --force.
 */
public final class NewSite {
    static final List<String> FOLDERS =
            List.of("archetypes", "assets", "content/posts", "data", "i18n", "layouts", "static", "themes");

    private NewSite() {}

    /** Creates the site; returns the files written. */
    public static List<Path> create(Path dir, ZonedDateTime now) {
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new LocatedException(LocatedError.of(dir, "already exists and is not empty: nothing was written"));
        }
        try {
            for (String folder : FOLDERS) Files.createDirectories(dir.resolve(folder));
            String date =
                    DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").format(now.withNano(0));
            return List.of(
                    write(dir, "hugo.toml", """
                            baseURL = "https://example.org/"
                            languageCode = "en-us"
                            title = "My New Site"
                            theme = "paper"
                            """),
                    write(dir, "archetypes/default.md", NewContent.BUILT_IN),
                    write(dir, "content/posts/hello-world.md", """
                            ---
                            title: "Hello World"
                            date: %s
                            draft: false
                            tags: ["first"]
                            ---

                            This is the first post. Edit it in `content/posts/hello-world.md` while `site serve` runs,
                            and the page in the browser follows. Add posts with `site new content posts/my-post.md`.
                            """.formatted(date)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the site in " + dir, e);
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
