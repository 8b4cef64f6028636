package site.builder.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RawBlocksTest {
    @Test
    void putsEachBlockWhereItsPlaceholderWasWritten() {
        RawBlocks blocks = new RawBlocks();
        String first = blocks.hold("<pre>a</pre>");
        String second = blocks.hold("<pre>b</pre>");
        assertEquals(
                "<p>x</p>\n<pre>a</pre>\n<li><pre>b</pre></li>",
                blocks.restore("<p>x</p>\n" + first + "\n<li>" + second + "</li>"));
    }

    @Test
    void leavesMarksThatAreNoPlaceholderAsTheyAre() {
        RawBlocks blocks = new RawBlocks();
        blocks.hold("<pre>a</pre>");
        String text = "\uE0017\uE001 and \uE001x\uE001 and \uE001";
        assertEquals(text, blocks.restore(text));
    }
}
