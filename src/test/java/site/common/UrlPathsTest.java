package site.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPathsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello World|hello-world",
                "time 10:30|time-1030",
                "c++ tips|c++-tips",
                "UPPER_Case|upper_case",
                "둘째 글!|둘째-글",
                "a  -  b|a-b",
                "Vim (text editor)|vim-text-editor"
            })
    void makePathSanitizedFollowsHugo(String in, String out) {
        assertEquals(out, UrlPaths.makePathSanitized(in));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/posts/안녕/|/posts/%EC%95%88%EB%85%95/",
                "/tags/c++/|/tags/c++/",
                "/a%20b/|/a%20b/",
                "/a b/|/a%20b/"
            })
    void escapePathEncodesLikeGo(String in, String out) {
        assertEquals(out, UrlPaths.escapePath(in));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"블로그 태그|%EB%B8%94%EB%A1%9C%EA%B7%B8-%ED%83%9C%EA%B7%B8", "Spring Boot|spring-boot"})
    void urlizeIsSanitizedAndEscaped(String in, String out) {
        assertEquals(out, UrlPaths.urlize(in));
    }
}
