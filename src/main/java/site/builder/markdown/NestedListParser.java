package site.builder.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.internal.BlockContinueImpl;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * One of flexmark's list or list item parsers, continued a run at a time. For every open container flexmark's
 * block parser first rescans the line's indentation from where the previous container stopped, so a list nested
 * N deep costs N² character reads a line. Here the first list parser of a run of nested ones asks all of them at
 * once (each sees the position it would have been given) and moves the parser straight to where the last of
 * them stops; the others then leave the position where it is, so the rescans before them are empty. Same
 * answers, same order, same parser state: the plan stops before anything it cannot replay exactly (a tab, a
 * line that turns blank, a container that ends or moves back), and that container's answer is passed on as is.
 */
final class NestedListParser implements BlockParser {
    private final BlockParser delegate;
    private final ListNesting.Document document;
    private int position = -1;
    private BasedSequence plannedLine;
    private BlockContinue planned;

    NestedListParser(BlockParser delegate, ListNesting.Document document) {
        this.delegate = delegate;
        this.document = document;
    }

    BlockParser delegate() {
        return delegate;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        BasedSequence line = state.getLine();
        if (plannedLine == line) {
            plannedLine = null;
            return planned;
        }
        ContainerState view = document.view(state);
        if (state.isBlank() || state.getIndex() != state.getColumn() || !document.tabless(line))
            return delegate.tryContinue(view);
        return planRun(state, view, line);
    }

    /** Asks this parser and the nested list parsers after it, in order, and plans each one's answer. */
    private BlockContinue planRun(ParserState state, ContainerState view, BasedSequence line) {
        List<BlockParser> active = state.getActiveBlockParsers();
        if (position < 0 || position >= active.size() || active.get(position) != this) position = active.indexOf(this);
        if (position < 0) return delegate.tryContinue(view); // not an open container: nothing to plan
        int last = position - 1;
        NestedListParser tail = null;
        BlockContinue tailAnswer = null;
        view.plan();
        try {
            for (int p = position; p < active.size() && active.get(p) instanceof NestedListParser parser; p++) {
                parser.position = p;
                int before = view.index();
                BlockContinue answer = parser.delegate.tryContinue(view);
                int target = simpleTarget(answer, before);
                if (target >= 0) view.moveTo(target);
                if (target < 0 || view.restIsBlank()) {
                    tail = parser;
                    tailAnswer = answer;
                    break;
                }
                last = p;
            }
        } finally {
            view.stopPlanning();
        }
        BlockContinue move = BlockContinue.atIndex(view.index());
        for (int p = position + 1; p <= last; p++) ((NestedListParser) active.get(p)).plan(line, move);
        if (tail == this) return tailAnswer;
        if (tail != null) tail.plan(line, tailAnswer);
        return move;
    }

    /** Where a continuation moves a tab-free line to, or -1 if it ends the container or would move backwards. */
    private static int simpleTarget(BlockContinue answer, int index) {
        if (!(answer instanceof BlockContinueImpl c) || c.isFinalize()) return -1;
        if (c.getNewIndex() != -1) return Math.max(index, c.getNewIndex());
        if (c.getNewColumn() != -1) return c.getNewColumn() >= index ? c.getNewColumn() : -1;
        return index;
    }

    private void plan(BasedSequence line, BlockContinue answer) {
        plannedLine = line;
        planned = answer;
    }

    @Override
    public boolean isContainer() {
        return delegate.isContainer();
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
        return delegate.canContain(document.view(state), ContainerState.unwrap(blockParser), block);
    }

    @Override
    public Block getBlock() {
        return delegate.getBlock();
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        delegate.addLine(document.view(state), line);
    }

    @Override
    public void closeBlock(ParserState state) {
        delegate.closeBlock(document.view(state));
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return delegate.isPropagatingLastBlankLine(ContainerState.unwrap(lastMatchedBlockParser));
    }

    @Override
    public boolean breakOutOnDoubleBlankLine() {
        return delegate.breakOutOnDoubleBlankLine();
    }

    @Override
    public boolean isParagraphParser() {
        return delegate.isParagraphParser();
    }

    @Override
    public BlockContent getBlockContent() {
        return delegate.getBlockContent();
    }

    @Override
    public void finalizeClosedBlock() {
        delegate.finalizeClosedBlock();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        delegate.parseInlines(inlineParser);
    }

    @Override
    public boolean isInterruptible() {
        return delegate.isInterruptible();
    }

    @Override
    public boolean isRawText() {
        return delegate.isRawText();
    }

    @Override
    public boolean canInterruptBy(BlockParserFactory blockParserFactory) {
        return delegate.canInterruptBy(blockParserFactory);
    }

    @Override
    public MutableDataHolder getDataHolder() {
        return delegate.getDataHolder();
    }
}
