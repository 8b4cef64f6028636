package site.builder.markdown.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StyleTest {
    @Test
    void compressesAsChromaDoes() {
        assertEquals(
                "color:#f8f8f2;background-color:#272822;",
                Style.compress("color: #f8f8f2; background-color: #272822;"));
        assertEquals("background-color:#ffc", Style.compress("background-color: #ffffcc"));
        assertEquals("font-weight:bold;font-style:italic", Style.compress("font-weight:  bold;  font-style: italic"));
    }

    @Test
    void monokaiIsHugosDefaultPalette() {
        Style monokai = Style.named("monokai");
        assertEquals("color:#f8f8f2;background-color:#272822;", monokai.pre);
        assertEquals("background-color:#3c3d38", monokai.highlight);
        assertEquals("color:#66d9ef", monokai.css(TokenType.KEYWORD));
        assertEquals("color:#66d9ef", monokai.css(TokenType.KEYWORD_TYPE), "a sub-type borrows its parent's CSS");
        assertNull(monokai.css(TokenType.NAME), "no CSS, no span");
    }

    @Test
    void aTypeThatTurnsOffItsParentsBoldKeepsAnEmptyStyle() {
        assertEquals("font-weight:bold", Style.named("bw").css(TokenType.KEYWORD));
        assertEquals("", Style.named("bw").css(TokenType.KEYWORD_TYPE));
    }

    @Test
    void unknownNamesAndWrongCaseGetSwapoffAsInHugo() {
        assertSame(Style.named("swapoff"), Style.named("no-such-style"));
        assertSame(Style.named("swapoff"), Style.named("Dracula"));
        assertEquals("dracula", Style.named("dracula").name);
    }
}
