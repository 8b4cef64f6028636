package site.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that a reply is an RFC 9457 problem with the expected status and code (and field, when given). */
final class ProblemAssert {
    private ProblemAssert() {}

    static JsonNode assertProblem(Reply reply, int status, String code, String... fields) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "content type of " + reply);
        JsonNode problem = reply.json();
        assertEquals(status, problem.get("status").asInt());
        assertEquals(code, problem.get("code").asText(), () -> "code of " + reply);
        assertEquals("urn:site:problem:" + code, problem.get("type").asText());
        assertFalse(problem.get("title").asText().isEmpty());
        assertFalse(
                reply.body().contains("Exception")
                        || reply.body().contains("SQL")
                        || reply.body().contains("\tat "),
                () -> "internals leaked: " + reply);
        for (String field : fields) {
            boolean named = false;
            for (JsonNode error : problem.path("errors"))
                named |= field.equals(error.get("field").asText());
            assertTrue(named, () -> "no error for field " + field + " in " + reply);
        }
        return problem;
    }
}
