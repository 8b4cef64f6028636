package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The design's rules for site.api, checked on the import lines of its sources. */
class ApiLayeringTest {
    private static final Path API = Path.of("src/main/java/site/api");

    /** Files under site/api whose imports start with {@code prefix}, except those {@code allowed}. */
    private static List<String> importing(String prefix, Predicate<Path> allowed) throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(API)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (allowed.test(file)) continue;
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("import " + prefix) || line.startsWith("import static " + prefix)) {
                        offenders.add(API.relativize(file) + ": " + line);
                    }
                }
            }
        }
        return offenders;
    }

    private static boolean isStoreCode(Path file) {
        return file.getParent().endsWith("store")
                || file.getFileName().toString().matches("Jdbi\\w*\\.java");
    }

    @Test
    void apiNeverImportsTheBuilderOrPicocli() throws IOException {
        assertEquals(List.of(), importing("site.builder", f -> false));
        assertEquals(List.of(), importing("site.cli", f -> false));
        assertEquals(List.of(), importing("picocli", f -> false));
    }

    @Test
    void jdbiHikariAndFlywayStayInStoreCode() throws IOException {
        assertEquals(List.of(), importing("org.jdbi", ApiLayeringTest::isStoreCode));
        assertEquals(List.of(), importing("com.zaxxer", ApiLayeringTest::isStoreCode));
        assertEquals(List.of(), importing("org.flywaydb", ApiLayeringTest::isStoreCode));
        assertEquals(
                List.of(),
                importing(
                        "java.sql",
                        f -> isStoreCode(f) || f.getFileName().toString().equals("ErrorHandler.java")));
    }

    @Test
    void markdownAndSanitizingStayInComments() throws IOException {
        assertEquals(List.of(), importing("com.vladsch", f -> f.getParent().endsWith("comments")));
        assertEquals(List.of(), importing("org.owasp", f -> f.getParent().endsWith("comments")));
    }

    @Test
    void httpPlumbingDoesNotKnowTheDomain() throws IOException {
        Predicate<Path> outsideHttp = f -> !f.getParent().endsWith("http");
        for (String domain : new String[] {"site.api.board", "site.api.comments", "site.api.auth", "site.api.store"}) {
            assertEquals(List.of(), importing(domain, outsideHttp), domain);
        }
    }
}
