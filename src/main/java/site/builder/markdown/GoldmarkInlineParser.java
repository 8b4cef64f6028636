package site.builder.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser (which also reads link reference definitions) with the rules where goldmark follows a
 * newer CommonMark than flexmark 0.64: angle-bracket destinations, the space before a title, the emphasis rule
 * of three, and full case folding of reference labels. A new one is made for every document.
 */
final class GoldmarkInlineParser extends InlineParserImpl {
    /** Each delimiter run's length when it was scanned: the rule of three counts whole runs, not what is left. */
    private final Map<DelimiterRun, Integer> runLengths = new IdentityHashMap<>();

    GoldmarkInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(
                options,
                specialCharacters,
                delimiterCharacters,
                new HashMap<>(delimiterProcessors),
                linkRefProcessors,
                extensions);
        EmphasisRuleOfThree.replace(this.delimiterProcessors, run -> runLengths.getOrDefault(run, run.length()));
    }

    @Override
    public void initializeDocument(Document document) {
        document.set(Parser.REFERENCES, new CaseFoldedReferences(document));
        super.initializeDocument(document);
    }

    @Override
    public void parse(BasedSequence content, Node block) {
        runLengths.clear();
        super.parse(content, block);
    }

    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
        if (!super.parseDelimiters(processor, delimiterChar)) return false;
        runLengths.put(lastDelimiter, lastDelimiter.getNumDelims());
        return true;
    }

    /**
     * goldmark's destination in angle brackets: anything up to the first unescaped {@code >} on the same line
     * (spaces included); with no such {@code >} there is no destination, so {@code [a](<b)c} is no link.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        if (peek() != '<') return super.parseLinkDestination();
        for (int i = index + 1; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\n' || c == '\r') return null;
            if (c == '\\' && i + 1 < input.length() && isAsciiPunctuation(input.charAt(i + 1))) {
                i++;
            } else if (c == '>') {
                BasedSequence destination = input.subSequence(index, i + 1);
                index = i + 1;
                return destination;
            }
        }
        return null;
    }

    /** A title must be set off from the destination by white space: {@code [foo]: <bar>(baz)} defines nothing. */
    @Override
    public BasedSequence parseLinkTitle() {
        if (index > 0 && index < input.length() && !Character.isWhitespace(input.charAt(index - 1))) return null;
        return super.parseLinkTitle();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c);
    }
}
