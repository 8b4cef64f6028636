package site.builder.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Where goldmark's linkify starts a link. flexmark's autolink extension finds URLs anywhere in text; goldmark
 * tries only at the start of the text, after a space (a tab or other white space will not do) or an unescaped
 * {@code * _ ~ (}, and right after any other inline element (an emphasis marker, a quote, a code span). So
 * {@code <https://a.b c>} and {@code foo:http://x.y} stay text. And goldmark's URLs start with {@code http://},
 * {@code https://}, {@code ftp://} (lower case) or {@code www.}, where flexmark takes any scheme.
 */
final class Linkify {
    private Linkify() {}

    /** Whether a link the autolink extension made (not a {@code <...>} autolink) is one goldmark makes too. */
    static boolean startsLink(Node link) {
        if (link instanceof AutoLink url && !linkifiedUrl(url.getText())) return false;
        Node at = link;
        Node previous = at.getPrevious();
        // The extension wraps the pieces of a split text node in a TextBase.
        while (previous == null && at.getParent() instanceof TextBase) {
            at = at.getParent();
            previous = at.getPrevious();
        }
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

    /** An odd number of backslashes before position i escapes the character there. */
    private static boolean escaped(BasedSequence text, int i) {
        int slashes = 0;
        while (i - slashes - 1 >= 0 && text.charAt(i - slashes - 1) == '\\') slashes++;
        return slashes % 2 == 1;
    }
}
