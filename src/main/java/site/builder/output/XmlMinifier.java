package site.builder.output;

/**
 * Minifies XML (RSS feeds, sitemaps) in one pass: white space between elements and comments go, white space
 * inside tags shrinks to one space, and text keeps its characters but spells {@code >}, {@code "} and {@code '}
 * without entities. Unlike Hugo's minifier it never collapses white space inside text, so a feed's escaped
 * {@code <pre>} blocks keep their indentation.
 */
public final class XmlMinifier {
    private XmlMinifier() {}

    public static String minify(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        int i = 0;
        int n = xml.length();
        int startTagEnd = -1; // where the last start tag ends in out, for <a></a> -> <a/>
        while (i < n) {
            char c = xml.charAt(i);
            if (c != '<') {
                i = text(xml, i, out);
            } else if (xml.startsWith("<!--", i)) {
                i = skipPast(xml, i, "-->");
            } else if (xml.startsWith("<![CDATA[", i) || xml.startsWith("<?", i) || xml.startsWith("<!", i)) {
                int end = skipPast(xml, i, xml.startsWith("<![CDATA[", i) ? "]]>" : ">");
                out.append(xml, i, end);
                i = end;
            } else if (xml.startsWith("</", i) && out.length() == startTagEnd) {
                out.setLength(startTagEnd - 1);
                out.append("/>");
                i = skipPast(xml, i, ">");
            } else {
                boolean start = xml.charAt(i + 1) != '/';
                i = tag(xml, i, out);
                startTagEnd = start && out.charAt(out.length() - 2) != '/' ? out.length() : -1;
            }
        }
        return out.toString();
    }

    /** Text up to the next '<': dropped when it is only white space, else kept with shorter entities. */
    private static int text(String xml, int from, StringBuilder out) {
        int end = xml.indexOf('<', from);
        if (end < 0) end = xml.length();
        if (blank(xml, from, end)) return end;
        int copied = from;
        for (int amp = ampersand(xml, from, end); amp >= 0; amp = ampersand(xml, amp + 1, end)) {
            out.append(xml, copied, amp);
            copied = amp;
            char plain = plainEntity(xml, amp, out);
            if (plain != 0) {
                out.append(plain);
                copied = xml.indexOf(';', amp) + 1;
            }
        }
        out.append(xml, copied, end);
        return end;
    }

    /** The character an entity stands for when it may be written bare in text ({@code >} not after "]]"), else 0. */
    private static char plainEntity(String xml, int at, StringBuilder out) {
        if (xml.startsWith("&gt;", at)) {
            int len = out.length();
            boolean afterBrackets = len >= 2 && out.charAt(len - 1) == ']' && out.charAt(len - 2) == ']';
            return afterBrackets ? 0 : '>';
        }
        if (xml.startsWith("&#34;", at) || xml.startsWith("&quot;", at)) return '"';
        if (xml.startsWith("&#39;", at) || xml.startsWith("&apos;", at)) return '\'';
        if (xml.startsWith("&#43;", at)) return '+';
        return 0;
    }

    /** A start or end tag: white space runs outside quoted values become one space, none before '>' or "/>". */
    private static int tag(String xml, int from, StringBuilder out) {
        int i = from;
        int n = xml.length();
        boolean space = false;
        while (i < n) {
            char c = xml.charAt(i);
            if (c == '"' || c == '\'') {
                int close = xml.indexOf(c, i + 1);
                if (close < 0) close = n - 1;
                if (space && out.charAt(out.length() - 1) != '=') out.append(' ');
                space = false;
                out.append(xml, i, close + 1);
                i = close + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                boolean closing = c == '>' || c == '/' && i + 1 < n && xml.charAt(i + 1) == '>';
                if (space && !closing && c != '=' && out.charAt(out.length() - 1) != '=') out.append(' ');
                space = false;
                out.append(c);
                if (c == '>') return i + 1;
            }
            i++;
        }
        return n;
    }

    /** The first '&' in [from, to), or -1; bounded, as String.indexOf would search the rest of the document. */
    private static int ampersand(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '&') return i;
        }
        return -1;
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) return false;
        }
        return true;
    }

    private static int skipPast(String xml, int from, String end) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() : at + end.length();
    }
}
