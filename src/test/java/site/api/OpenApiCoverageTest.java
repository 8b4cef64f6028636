package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import site.api.http.ErrorCode;
import site.api.ops.ApiDocs;

/** docs/openapi.yaml describes exactly the routes the server has, and every error code. */
class OpenApiCoverageTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("docs/openapi.yaml").toFile());
        Set<String> documented = new TreeSet<>();
        spec.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }));
        Set<String> served;
        try (TestDatabase db = TestDatabase.h2();
                Api api = Api.open(config(db), line -> {})) {
            served = api.routes().stream()
                    .filter(route -> !route.template().equals(ApiDocs.UI_ROUTE))
                    .map(route -> route.method() + " " + route.template())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(served, documented);
    }

    @Test
    void everyErrorCodeIsDocumented() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("docs/openapi.yaml").toFile());
        Set<String> documented = new TreeSet<>();
        spec.at("/components/schemas/Problem/properties/code/enum").forEach(code -> documented.add(code.asText()));
        Set<String> codes =
                Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, documented);
    }

    private static ApiConfig config(TestDatabase db) {
        return new ApiConfig(
                db.config(),
                new site.api.auth.AuthConfig(ApiHarness.SECRET, java.time.Duration.ofHours(1), 4, null, null),
                site.api.http.LimitsConfig.defaults(),
                site.api.comments.CommentsConfig.defaults(),
                "test");
    }
}
