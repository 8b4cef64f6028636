package site.builder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonMinifierTest {
    @Test
    void removesWhiteSpaceBetweenTokensOnly() {
        assertEquals("{\"a b\":[1,2.5,true],\"c\":\"x \\\" y\\n\",\"d\":{}}",
                JsonMinifier.minify("{\n  \"a b\": [ 1, 2.5, true ],\n  \"c\" : \"x \\\" y\\n\",\n\t\"d\": { }\n}\n"));
    }

    @Test
    void keepsEscapesAsWritten() {
        assertEquals("[\"\\u003cb\\u003e\",\"\\\\\"]", JsonMinifier.minify("[ \"\\u003cb\\u003e\", \"\\\\\" ]"));
    }
}
