package site.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import site.api.http.ApiJson;

/** An HTTP response as tests look at it. */
public record Reply(int status, String body, HttpResponse<String> raw) {

    public JsonNode json() {
        try {
            return ApiJson.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON (status " + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
