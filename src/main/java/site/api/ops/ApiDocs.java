package site.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import site.api.http.ApiJson;
import site.api.http.Responses;

/** The OpenAPI document at /v3/api-docs (from docs/openapi.yaml) and Swagger UI at /swagger-ui/, as springdoc served them. */
public final class ApiDocs {
    public static final String UI_ROUTE = "/swagger-ui/*";
    /** The OpenAPI description inside the jar; a link to docs/openapi.yaml in the repository. */
    public static final String SPEC_RESOURCE = "site/api/openapi.yaml";
    /** Keep in step with the org.webjars:swagger-ui version in pom.xml. */
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/5.20.0/";

    private static final String INITIALIZER = """
            window.onload = function () {
              window.ui = SwaggerUIBundle({url: "/v3/api-docs", dom_id: "#swagger-ui", deepLinking: true,
                presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"});
            };
            """;
    private final HttpHandler ui;
    private volatile JsonNode spec;

    public ApiDocs() {
        ResourceHandler resources =
                new ResourceHandler(new ClassPathResourceManager(ApiDocs.class.getClassLoader(), WEBJAR));
        this.ui = new PathHandler().addPrefixPath("/swagger-ui", resources);
    }

    public void openApi(HttpServerExchange exchange) {
        ApiJson.write(exchange, 200, spec());
    }

    public void swaggerUi(HttpServerExchange exchange) throws Exception {
        if (exchange.getRequestPath().endsWith("/swagger-initializer.js")) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/javascript");
            Responses.send(exchange, INITIALIZER);
            return;
        }
        ui.handleRequest(exchange);
    }

    /** Parsed on first use, not at startup: most processes never serve it. */
    private JsonNode spec() {
        JsonNode loaded = spec;
        if (loaded == null) {
            try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
                if (in == null) throw new IllegalStateException(SPEC_RESOURCE + " is missing from the jar");
                loaded = new ObjectMapper(new YAMLFactory()).readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spec = loaded;
        }
        return loaded;
    }
}
