package site.builder.markdown;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.ParserPhase;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ListItemParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * flexmark's parser state as its list parsers see it through {@link NestedListParser}: the parsers they look up
 * are flexmark's own (not our wrappers, which they cast), and, while a line is planned ahead, the position is the
 * one the parser would have reached by then. Only lines without tabs are planned, so a column is an index there.
 */
final class ContainerState implements ParserState {
    private final ParserState real;
    private boolean planning;
    private int index;
    private int lineNextNonSpace;
    private int nextNonSpace;

    ContainerState(ParserState real) {
        this.real = real;
    }

    /** Starts planning a line at the parser's current position (an index that is also the column). */
    void plan() {
        planning = true;
        index = real.getIndex();
        lineNextNonSpace = real.getNextNonSpaceIndex();
        nextNonSpace = lineNextNonSpace;
    }

    void stopPlanning() {
        planning = false;
    }

    int index() {
        return index;
    }

    /** Moves the planned position as the parser does for a continuation at this index (never backwards). */
    void moveTo(int newIndex) {
        int length = real.getLine().length();
        int target = Math.min(newIndex, length);
        if (target <= index) return;
        index = target;
        if (index <= lineNextNonSpace) {
            nextNonSpace = lineNextNonSpace;
        } else {
            BasedSequence line = real.getLine();
            int i = index;
            while (i < length && line.charAt(i) == ' ') i++;
            nextNonSpace = i;
        }
    }

    boolean restIsBlank() {
        return nextNonSpace == real.getLine().length();
    }

    static BlockParser unwrap(BlockParser parser) {
        return parser instanceof NestedListParser nested ? nested.delegate() : parser;
    }

    static boolean isList(BlockParser parser) {
        return parser instanceof ListBlockParser || parser instanceof ListItemParser;
    }

    @Override
    public int getIndex() {
        return planning ? index : real.getIndex();
    }

    @Override
    public int getNextNonSpaceIndex() {
        return planning ? nextNonSpace : real.getNextNonSpaceIndex();
    }

    @Override
    public int getColumn() {
        return planning ? index : real.getColumn();
    }

    @Override
    public int getIndent() {
        return planning ? nextNonSpace - index : real.getIndent();
    }

    @Override
    public boolean isBlank() {
        return planning ? restIsBlank() : real.isBlank();
    }

    @Override
    public BlockParser getActiveBlockParser() {
        return unwrap(real.getActiveBlockParser());
    }

    @Override
    public BlockParser getActiveBlockParser(Block node) {
        BlockParser parser = real.getActiveBlockParser(node);
        return parser == null ? null : unwrap(parser);
    }

    @Override
    public BasedSequence getLine() {
        return real.getLine();
    }

    @Override
    public BasedSequence getLineWithEOL() {
        return real.getLineWithEOL();
    }

    @Override
    public boolean isBlankLine() {
        return real.isBlankLine();
    }

    @Override
    public List<BlockParser> getActiveBlockParsers() {
        return real.getActiveBlockParsers();
    }

    @Override
    public InlineParser getInlineParser() {
        return real.getInlineParser();
    }

    @Override
    public int getLineNumber() {
        return real.getLineNumber();
    }

    @Override
    public int getLineStart() {
        return real.getLineStart();
    }

    @Override
    public int getLineEolLength() {
        return real.getLineEolLength();
    }

    @Override
    public int getLineEndIndex() {
        return real.getLineEndIndex();
    }

    @Override
    public boolean endsWithBlankLine(Node block) {
        return real.endsWithBlankLine(block);
    }

    @Override
    public boolean isLastLineBlank(Node node) {
        return real.isLastLineBlank(node);
    }

    @Override
    public MutableDataHolder getProperties() {
        return real.getProperties();
    }

    @Override
    public ParserPhase getParserPhase() {
        return real.getParserPhase();
    }

    @Override
    public Parsing getParsing() {
        return real.getParsing();
    }

    @Override
    public List<BasedSequence> getLineSegments() {
        return real.getLineSegments();
    }

    @Override
    public void blockParserAdded(BlockParser blockParser) {
        real.blockParserAdded(blockParser);
    }

    @Override
    public void blockParserRemoved(BlockParser blockParser) {
        real.blockParserRemoved(blockParser);
    }

    @Override
    public void blockAdded(Block node) {
        real.blockAdded(node);
    }

    @Override
    public void blockAddedWithChildren(Block node) {
        real.blockAddedWithChildren(node);
    }

    @Override
    public void blockAddedWithDescendants(Block node) {
        real.blockAddedWithDescendants(node);
    }

    @Override
    public void blockRemoved(Block node) {
        real.blockRemoved(node);
    }

    @Override
    public void blockRemovedWithChildren(Block node) {
        real.blockRemovedWithChildren(node);
    }

    @Override
    public void blockRemovedWithDescendants(Block node) {
        real.blockRemovedWithDescendants(node);
    }
}
