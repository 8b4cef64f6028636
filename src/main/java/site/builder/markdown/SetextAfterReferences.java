package site.builder.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Link reference definitions at the top of a setext heading's lines, read as CommonMark and goldmark do: the
 * definitions come off first, and the rest is the heading ({@code [foo]: /url\nbar\n===} is a heading "bar").
 * When nothing is left, the underline was no underline: {@code ---} is a thematic break, and {@code ===} is
 * paragraph text that the paragraph right below it continues. flexmark 0.64 makes the whole text the heading.
 */
final class SetextAfterReferences implements BlockPreProcessorFactory, BlockPreProcessor, Unordered {
    @Override
    public void preProcess(ParserState state, Block block) {
        if (!(block instanceof Heading heading) || !heading.isSetextHeading()) return;
        BasedSequence text = heading.getText();
        if (text.isEmpty() || text.charAt(0) != '[') return;
        // The inline parser reads definitions off a paragraph and puts them before it, as for any paragraph.
        Paragraph lines = new Paragraph(text);
        heading.insertBefore(lines);
        int read = ((InlineParserImpl) state.getInlineParser()).preProcessBlock(lines, state);
        lines.unlink();
        if (read <= 0) return;
        BasedSequence rest = text.subSequence(indexAtOffset(text, text.getStartOffset() + read))
                .trim();
        if (!rest.isBlank()) {
            heading.setText(rest);
            heading.setCharsFromContent();
        } else if (underline(heading).charAt(0) == '-') {
            heading.insertBefore(new ThematicBreak(underline(heading)));
            heading.unlink();
        } else {
            underlineAsParagraph(state, heading);
        }
    }

    /** The {@code ===} line starts a paragraph, continued by the paragraph on the next line if there is one. */
    private static void underlineAsParagraph(ParserState state, Heading heading) {
        BasedSequence marker = underline(heading);
        BasedSequence base = marker.getBaseSequence();
        int end = marker.getEndOffset();
        while (end < base.length() && base.charAt(end) != '\n') end++;
        BlockContent content = new BlockContent();
        content.add(base.subSequence(marker.getStartOffset(), Math.min(end + 1, base.length())), 0);
        if (heading.getNext() instanceof Paragraph next
                && base.subSequence(end + 1, next.getStartOffset()).indexOf('\n') < 0) {
            for (int i = 0; i < next.getLineCount(); i++) content.add(next.getLineChars(i), next.getLineIndents()[i]);
            next.unlink();
        }
        Paragraph paragraph = new Paragraph(content);
        heading.insertBefore(paragraph);
        heading.unlink();
        // The heading's parser would fill the detached heading; this paragraph has no parser, so parse it here.
        state.getInlineParser().parse(paragraph.getContentChars(), paragraph);
    }

    /** The underline itself: in a block quote, flexmark's closing marker starts with the quote's {@code > }. */
    private static BasedSequence underline(Heading heading) {
        BasedSequence marker = heading.getClosingMarker();
        int i = 0;
        while (i < marker.length() - 1 && marker.charAt(i) != '=' && marker.charAt(i) != '-') i++;
        return marker.subSequence(i);
    }

    /** The index in a (possibly segmented) sequence of the first character at or after a source offset. */
    private static int indexAtOffset(BasedSequence text, int offset) {
        int i = 0;
        while (i < text.length() && text.getIndexOffset(i) < offset) i++;
        return i;
    }

    @Override
    public BlockPreProcessor apply(ParserState state) {
        return this;
    }

    @Override
    public Set<Class<? extends Block>> getBlockTypes() {
        return Set.of(Heading.class);
    }

    /** It defines references, which any block may use. */
    @Override
    public boolean affectsGlobalScope() {
        return true;
    }
}
