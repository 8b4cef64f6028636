package site.builder.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Pattern;

/**
 * {@code <textarea>} starts a raw HTML block that blank lines do not end (CommonMark 0.30 added it to
 * {@code script}, {@code pre} and {@code style}; goldmark has it, flexmark 0.64 does not). The block runs to the
 * line that holds a closing tag of any of the four, as goldmark's does.
 */
final class TextareaBlock extends AbstractBlockParser {
    private static final Pattern START = Pattern.compile("<textarea(?:[ \t>]|/>|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern END = Pattern.compile("</(?:script|pre|style|textarea)>", Pattern.CASE_INSENSITIVE);

    private final HtmlBlock block = new HtmlBlock();
    private BlockContent content = new BlockContent();
    private boolean finished;

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return finished ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        if (END.matcher(line).find()) finished = true;
        content.add(line, state.getIndent());
    }

    @Override
    public boolean isRawText() {
        return true;
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }

    /** Starts the block on a line that begins, after at most three spaces, with a textarea start tag. */
    static final class Factory implements CustomBlockParserFactory, Unordered {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return (state, matched) -> {
                if (state.getIndent() >= 4) return BlockStart.none();
                BasedSequence line = state.getLine();
                int start = state.getNextNonSpaceIndex();
                // Cheap test first: this runs for every line where a block may start.
                if (start >= line.length() || line.charAt(start) != '<') return BlockStart.none();
                if (!START.matcher(line.subSequence(start, line.length())).lookingAt()) return BlockStart.none();
                return BlockStart.of(new TextareaBlock()).atIndex(state.getIndex());
            };
        }
    }
}
