package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static site.api.ApiHarness.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One running API per test class over the database a subclass picks, with two users: alice and bob. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractBase {
    ApiHarness api;
    Client http;
    String alice;
    String bob;

    abstract TestDatabase database();

    @BeforeAll
    void start() {
        api = new ApiHarness(database());
        http = api.client();
        alice = api.userToken("alice");
        bob = api.userToken("bob");
    }

    @AfterAll
    void stop() {
        if (api != null) api.close();
    }

    JsonNode create(String token, Map<String, ?> post) {
        Reply reply = http.post("/api/posts", json(post), token);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }
}
