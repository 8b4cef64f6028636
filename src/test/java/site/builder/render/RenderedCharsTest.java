package site.builder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RenderedCharsTest {
    @Test
    void growsAndKeepsWhatWasWritten() {
        RenderedChars out = RenderedChars.take();
        String line = "<p>한국어 text</p>\n";
        for (int i = 0; i < 5_000; i++) out.writeContent(line);
        out.writeContent("xabcx", 1, 4);
        assertEquals(line.repeat(5_000) + "abc", out.toString());
        assertEquals(line.length() * 5_000 + 3, out.length());
    }

    @Test
    void aReleasedOutputIsTakenAgainEmptyOnlyByItsThread() throws InterruptedException {
        RenderedChars first = RenderedChars.take();
        first.writeContent("old page");
        RenderedChars whileInUse = RenderedChars.take();
        assertNotSame(first, whileInUse, "an output in use is never handed out twice");
        first.release();
        RenderedChars[] other = new RenderedChars[1];
        Thread t = new Thread(() -> other[0] = RenderedChars.take());
        t.start();
        t.join();
        assertNotSame(first, other[0]);
        RenderedChars again = RenderedChars.take();
        assertSame(first, again);
        assertEquals(0, again.length());
        assertEquals("", again.toString());
    }
}
