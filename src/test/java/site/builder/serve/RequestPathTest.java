package site.builder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request paths decoded once and judged after decoding. */
class RequestPathTest {
    @Test
    void decodesPercentEscapesAndUtf8Once() {
        assertEquals(Optional.of("tags/자바/"), RequestPath.of("/tags/%EC%9E%90%EB%B0%94/"));
        assertEquals(Optional.of("a+b %2e.txt"), RequestPath.of("/a+b%20%252e.txt"));
        assertEquals(Optional.of(""), RequestPath.of("/"));
    }

    @Test
    void refusesEverySegmentThatClimbsOrIsNotASitePath() {
        for (String raw : new String[] {
            "/..",
            "/../x",
            "/a/../../x",
            "/%2e%2e/x",
            "/%2E%2e%2fx",
            "/a%2f..%2f..%2fx",
            "/..%5cx",
            "/a\\b",
            "/%00",
            "/./a",
            "//a",
            "/a//b",
            "/%zz",
            "/%e9",
            "relative",
            ""
        }) {
            assertEquals(Optional.empty(), RequestPath.of(raw), raw);
        }
    }
}
