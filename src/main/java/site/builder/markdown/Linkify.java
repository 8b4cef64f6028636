package site.builder.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Where goldmark's linkify starts a link. flexmark's autolink extension finds URLs anywhere in text; goldmark
 * tries only at the start of the text, after a space (a tab or other white space will not do) or an unescaped
 * {@code * _ ~ (}, and right after any other inline element (an emphasis marker, a quote, a code span). So
 * {@code <https://a.b c>} and {@code foo:http://x.y} stay text. And goldmark's URLs start with {@code http://},
 * {@code https://}, {@code ftp://} (lower case) or {@code www.}, where flexmark takes any scheme. Nor does goldmark
 * link inside a link label: after a {@code [} or {@code ![} of the paragraph (or heading, or table cell) that no
 * {@code ]} has closed yet, even if no link comes of it.
 */
final class Linkify {
    private Linkify() {}

    /** Whether a link the autolink extension made (not a {@code <...>} autolink) is one goldmark makes too. */
    static boolean startsLink(Node link) {
        if (link instanceof AutoLink url && !linkifiedUrl(url.getText())) return false;
        if (inOpenBracket(link)) return false;
        Node at = link;
        Node previous = at.getPrevious();
        // The extension wraps the pieces of a split text node in a TextBase.
        while (previous == null && at.getParent() instanceof TextBase) {
            at = at.getParent();
            previous = at.getPrevious();
        }
        // A reference with no definition is text in goldmark ("[b]", "![b]", "[^b]"): it ends in "]", no trigger.
        if (previous instanceof RefNode ref && (!ref.isDefined() || ref.getReferenceNode(ref.getDocument()) == null))
            return false;
        if (previous instanceof Footnote note && note.getFootnoteBlock() == null) return false;
        // goldmark resolves entities inside text, so an entity is text here, not an element.
        if (!(previous instanceof Text || previous instanceof TextBase || previous instanceof HtmlEntity)) return true;
        BasedSequence text = previous.getChars();
        int last = text.length() - 1;
        if (last < 0 || text.charAt(last) == ' ') return true;
        return "*_~(".indexOf(text.charAt(last)) >= 0 && !escaped(text, last);
    }

    private static boolean linkifiedUrl(BasedSequence url) {
        return url.startsWith("https://")
                || url.startsWith("http://")
                || url.startsWith("ftp://")
                || url.startsWith("www.");
    }

    private static boolean inOpenBracket(Node link) {
        Node block = link.getParent();
        while (block != null && !(block instanceof Block || block instanceof TableCell)) block = block.getParent();
        if (block == null) return false;
        RenderState state = RenderState.KEY.get(link.getDocument());
        int[] open =
                state == null ? openBrackets(block) : state.openBrackets.computeIfAbsent(block, Linkify::openBrackets);
        // open holds the [from, to) source offsets of each open stretch in order: the link is in one if the
        // number of offsets at or before it is odd
        int at = link.getStartOffset(), lo = 0, hi = open.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (open[mid] <= at) lo = mid + 1;
            else hi = mid;
        }
        return lo % 2 == 1;
    }

    /**
     * Where, in a block's inline text, a {@code [} is open: unescaped brackets of its text nodes, counted in order
     * (code spans, raw HTML, links, images, footnote references and autolinks have none that count).
     */
    private static int[] openBrackets(Node block) {
        List<Integer> open = new ArrayList<>();
        int depth = 0;
        Node node = block.getFirstChild();
        while (node != null) {
            boolean descend = node instanceof TextBase || !(node instanceof Text) && countsInside(node);
            if (node instanceof Text text) {
                BasedSequence chars = text.getChars();
                for (int i = 0; i < chars.length(); i++) {
                    char c = chars.charAt(i);
                    if (c == '\\' && i + 1 < chars.length()) {
                        i++;
                    } else if (c == '[' && depth++ == 0) {
                        open.add(chars.getStartOffset() + i);
                    } else if (c == ']' && depth > 0 && --depth == 0) {
                        open.add(chars.getStartOffset() + i + 1);
                    }
                }
            }
            node = next(node, descend, block);
        }
        if (depth > 0) open.add(Integer.MAX_VALUE);
        return open.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Containers whose text is the paragraph's own text: emphasis and the like, not links, code or raw HTML. */
    private static boolean countsInside(Node node) {
        return node.hasChildren()
                && !(node instanceof com.vladsch.flexmark.ast.LinkNodeBase
                        || node instanceof RefNode
                        || node instanceof com.vladsch.flexmark.ast.Code
                        || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase
                        || node instanceof com.vladsch.flexmark.ast.DelimitedLinkNode
                        || node instanceof Footnote);
    }

    /** The node after {@code node} in document order within {@code root}, into its children if {@code descend}. */
    private static Node next(Node node, boolean descend, Node root) {
        if (descend && node.getFirstChild() != null) return node.getFirstChild();
        for (Node at = node; at != root; at = at.getParent()) {
            if (at.getNext() != null) return at.getNext();
        }
        return null;
    }

    /** An odd number of backslashes before position i escapes the character there. */
    private static boolean escaped(BasedSequence text, int i) {
        int slashes = 0;
        while (i - slashes - 1 >= 0 && text.charAt(i - slashes - 1) == '\\') slashes++;
        return slashes % 2 == 1;
    }
}
