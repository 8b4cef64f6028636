package site.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import site.builder.content.SourcePage;

class BundleResourceURLTest {
    private static final List<SourcePage.Resource> RESOURCES = List.of(
            new SourcePage.Resource(Path.of("one.png"), "one.png"),
            new SourcePage.Resource(Path.of("img/a b.png"), "img/a b.png"),
            new SourcePage.Resource(Path.of("100%.png"), "100%.png"),
            new SourcePage.Resource(Path.of("x:y.png"), "x:y.png"));

    private static Optional<String> url(String destination, String pageURL) {
        return BundleResourceURL.of(destination, RESOURCES, pageURL);
    }

    @Test
    void aResourceNamedByItsPathLivesBesideThePage() {
        assertEquals(Optional.of("/posts/x/one.png"), url("one.png", "/posts/x/"));
        assertEquals(Optional.of("/posts/x/one.png"), url("./ONE.png", "/posts/x/"));
        assertEquals(Optional.of("/blog/posts/x/img/a b.png?w=1#top"), url("img/a%20b.png?w=1#top", "/blog/posts/x/"));
        assertEquals(Optional.of("/posts/x/one.png#f"), url("one.png#f", "/posts/x/"));
    }

    @Test
    void withUglyURLsTheResourcesLiveInAFolderNamedAfterThePage() {
        assertEquals(Optional.of("/posts/x/one.png"), url("one.png", "/posts/x.html"));
    }

    @Test
    void aStrayPercentIsPartOfTheName() {
        assertEquals(Optional.of("/p/100%.png"), url("100%.png", "/p/"));
    }

    @Test
    void aColonAfterTheFirstSlashOrInANameIsNoScheme() {
        assertEquals(Optional.empty(), url("x:y.png", "/p/"), "x: is a scheme here, as in a browser");
        assertEquals(Optional.of("/p/x:y.png"), url("./x:y.png", "/p/"));
    }

    @Test
    void otherDestinationsNameNoResource() {
        for (String d : List.of(
                "", "/one.png", "#one.png", "https://cdn/one.png", "//cdn/one.png", "data:one.png", "two.png", "img"))
            assertEquals(Optional.empty(), url(d, "/posts/x/"), d);
        assertEquals(Optional.empty(), url("one.png", ""), "a page without a URL publishes no resources");
        assertEquals(Optional.empty(), BundleResourceURL.of("one.png", List.of(), "/posts/x/"));
    }
}
