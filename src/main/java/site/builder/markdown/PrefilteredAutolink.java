package site.builder.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * goldmark's linkify through flexmark's autolink post-processor, which runs a word-boundary regex and a link
 * scanner over every text node: about a third of all Markdown time on prose. A text node can only hold a link
 * with a ':' (a scheme), an '@' (an e-mail address) or a "www." in it, so the others skip both.
 */
final class PrefilteredAutolink implements Parser.ParserExtension {
    static PrefilteredAutolink create() {
        return new PrefilteredAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new Factory());
    }

    /** True when {@code text} has a character a link needs. */
    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@') return true;
            if ((c == '.') && i >= 3 && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3)))
                return true;
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Prefiltered(new AutolinkNodePostProcessor(document));
        }
    }

    private static final class Prefiltered extends NodePostProcessor {
        private final AutolinkNodePostProcessor links;

        Prefiltered(AutolinkNodePostProcessor links) {
            this.links = links;
        }

        @Override
        public void process(NodeTracker state, Node node) {
            BasedSequence chars = node.getChars();
            if (mayHoldLink(chars)) links.process(state, node);
        }
    }
}
