package site.builder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Opens the {@code ~~~} fences whose info string holds a {@code ~} or a backtick ({@code ~~~ aa ``` ~~~}):
 * CommonMark 0.29+ and goldmark allow any info string after tildes, flexmark 0.64 refuses these. The block
 * itself is flexmark's; this factory runs before flexmark's own and takes only the lines that one would refuse.
 */
final class TildeFence implements CustomBlockParserFactory, Unordered {
    @Override
    public BlockParserFactory apply(DataHolder options) {
        return (state, matched) -> {
            if (state.getIndent() >= 4) return BlockStart.none();
            int start = state.getNextNonSpaceIndex();
            BasedSequence line = state.getLine();
            int end = start;
            while (end < line.length() && line.charAt(end) == '~') end++;
            if (end - start < 3 || line.indexOf('~', end) < 0) return BlockStart.none();
            FencedCodeBlockParser parser =
                    new FencedCodeBlockParser(state.getProperties(), '~', end - start, state.getIndent(), start);
            ((FencedCodeBlock) parser.getBlock()).setOpeningMarker(line.subSequence(start, end));
            return BlockStart.of(parser).atIndex(end);
        };
    }
}
