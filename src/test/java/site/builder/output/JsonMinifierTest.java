package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class JsonMinifierTest {
    @Test
    void removesWhiteSpaceBetweenTokensOnly() {
        assertEquals(
                "{\"a b\":[1,2.5,true],\"c\":\"x \\\" y\\n\",\"d\":{}}",
                JsonMinifier.minify("{\n  \"a b\": [ 1, 2.5, true ],\n  \"c\" : \"x \\\" y\\n\",\n\t\"d\": { }\n}\n"));
    }

    @Test
    void keepsEscapesAsWritten() {
        assertEquals("[\"\\u003cb\\u003e\",\"\\\\\"]", JsonMinifier.minify("[ \"\\u003cb\\u003e\", \"\\\\\" ]"));
    }

    @Test
    void bytesWithNothingToRemoveAreReturnedAsTheyAreAndMultiByteTextIsKept() {
        byte[] compact = "{\"제목\":\"쿠버네티스 \\\" 입문\",\"n\":[1,2]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertSame(compact, JsonMinifier.minify(compact));
        byte[] spaced = "{ \"제목\" : \"쿠버 네티스\" }\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                "{\"제목\":\"쿠버 네티스\"}",
                new String(JsonMinifier.minify(spaced), java.nio.charset.StandardCharsets.UTF_8));
    }
}
