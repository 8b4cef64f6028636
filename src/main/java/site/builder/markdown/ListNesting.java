package site.builder.markdown;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.parser.internal.MatchedBlockParserImpl;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's list block factory (which {@code Parser.LIST_BLOCK_PARSER = false} turns off in its own place),
 * in the same place among the factories, its parsers wrapped in {@link NestedListParser} so that nested lists
 * parse in time linear in the page rather than cubic in their depth.
 */
final class ListNesting implements CustomBlockParserFactory {
    private final ListBlockParser.Factory lists = new ListBlockParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory factory = lists.apply(options);
        Document document = new Document();
        return (state, matched) -> wrap(factory.tryStart(document.view(state), unwrap(matched)), document);
    }

    private static MatchedBlockParser unwrap(MatchedBlockParser matched) {
        BlockParser parser = matched.getBlockParser();
        return parser instanceof NestedListParser nested ? new MatchedBlockParserImpl(nested.delegate()) : matched;
    }

    private static BlockStart wrap(BlockStart start, Document document) {
        if (!(start instanceof BlockStartImpl found)) return start;
        BlockParser[] parsers = found.getBlockParsers().clone();
        for (int i = 0; i < parsers.length; i++) {
            if (ContainerState.isList(parsers[i])) parsers[i] = new NestedListParser(parsers[i], document);
        }
        BlockStart wrapped = BlockStart.of(parsers);
        if (found.getNewIndex() != -1) wrapped = wrapped.atIndex(found.getNewIndex());
        if (found.getNewColumn() != -1) wrapped = wrapped.atColumn(found.getNewColumn());
        if (found.isReplaceActiveBlockParser()) wrapped = wrapped.replaceActiveBlockParser();
        return wrapped;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return lists.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return lists.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return lists.affectsGlobalScope();
    }

    /** What the list parsers of one page share: the state view, and whether the current line has a tab. */
    static final class Document {
        private ContainerState view;
        private BasedSequence checkedLine;
        private boolean tabless;

        ContainerState view(ParserState state) {
            if (view == null) view = new ContainerState(state);
            return view;
        }

        boolean tabless(BasedSequence line) {
            if (line != checkedLine) {
                checkedLine = line;
                tabless = line.indexOf('\t') < 0;
            }
            return tabless;
        }
    }
}
