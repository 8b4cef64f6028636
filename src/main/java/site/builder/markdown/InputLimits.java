package site.builder.markdown;

import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Refuses input that flexmark would take minutes on, with a located error instead of a hang.
 * Nesting: a quote N levels deep is N blocks a line (quadratic in depth) and flexmark recurses through nested
 * blocks, so more than {@value #MAX_DEPTH} levels are refused.
 * Paragraphs: refused when too large to parse. flexmark copies the whole paragraph for every inline
 * match (JDK 17's Matcher.toMatchResult), so the cost grows with length times inline markers; a 50 MB line
 * full of markup would effectively hang. Normal pages are many orders of magnitude below the limit.
 */
final class InputLimits {
    /** Characters copied (paragraph length x markers) allowed for one paragraph: a few seconds of work. */
    static final long LIMIT = 4_000_000_000L;

    private static final boolean[] MARKER = new boolean[128];

    static {
        for (char c : "`*_[]<>!&\\\"'~:-.".toCharArray()) MARKER[c] = true;
    }

    private InputLimits() {}

    static final int MAX_DEPTH = 1000;

    /** Checks both limits; returns the deepest nesting found (for {@link DeepNesting}). */
    static int check(String markdown, PageContext page) {
        int depth = checkNesting(markdown, page);
        checkParagraphs(markdown, page);
        return depth;
    }

    /** Depth of a line's container prefix: quote and list markers, and indentation (two spaces a level). */
    private static int checkNesting(String markdown, PageContext page) {
        int line = page.firstLine(), deepest = 0;
        for (int i = 0; i < markdown.length(); line++) {
            int depth = 0, spaces = 0;
            while (i < markdown.length() && depth + spaces / 2 <= MAX_DEPTH) {
                int marker = markerLength(markdown, i);
                if (marker > 0) {
                    depth++;
                    i += marker;
                } else if (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t') {
                    spaces++;
                    i++;
                } else {
                    break;
                }
            }
            if (depth + spaces / 2 > MAX_DEPTH) {
                throw new LocatedException(
                        new LocatedError(page.file(), line, "blocks nested more than " + MAX_DEPTH + " levels deep"));
            }
            deepest = Math.max(deepest, depth + spaces / 2);
            int nl = markdown.indexOf('\n', i);
            i = nl < 0 ? markdown.length() : nl + 1;
        }
        return deepest;
    }

    /** Length of a container marker with its one following space ({@code > }, {@code - }, {@code 12. }) at i, or 0. */
    private static int markerLength(String s, int i) {
        int j = i;
        char c = s.charAt(j);
        if (c == '>') return j + 1 < s.length() && s.charAt(j + 1) == ' ' ? 2 : 1;
        if (c == '-' || c == '*' || c == '+') j++;
        else {
            while (j < s.length() && j - i < 9 && Character.isDigit(s.charAt(j))) j++;
            if (j == i || j >= s.length() || (s.charAt(j) != '.' && s.charAt(j) != ')')) return 0;
            j++;
        }
        return j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t') ? j + 1 - i : 0;
    }

    /** Paragraph cost = length x inline markers, over blank-line separated blocks; fenced code is skipped. */
    private static void checkParagraphs(String markdown, PageContext page) {
        int paraStart = 0, paraLine = page.firstLine(), line = page.firstLine();
        long markers = 0;
        String fence = null;
        for (int i = 0; i < markdown.length(); line++) {
            int nl = markdown.indexOf('\n', i);
            int end = nl < 0 ? markdown.length() : nl;
            String text = markdown.substring(i, Math.min(end, i + 8)).stripLeading();
            String marker = text.startsWith("```") ? "```" : text.startsWith("~~~") ? "~~~" : null;
            if (fence != null || marker != null) {
                if (marker != null) fence = fence == null ? marker : (fence.equals(marker) ? null : fence);
                markers = 0;
                paraStart = end + 1;
                paraLine = line + 1;
            } else if (isBlank(markdown, i, end)) {
                if ((long) (i - paraStart) * markers > LIMIT) throw tooLong(page, paraLine, i - paraStart, markers);
                markers = 0;
                paraStart = end + 1;
                paraLine = line + 1;
            } else {
                markers += countMarkers(markdown, i, end);
            }
            i = end + 1;
        }
        if ((long) (markdown.length() - paraStart) * markers > LIMIT)
            throw tooLong(page, paraLine, markdown.length() - paraStart, markers);
    }

    /** Counted on a char[] copy of the line: far cheaper than charAt per character without C2. */
    private static int countMarkers(String s, int from, int to) {
        char[] line = new char[to - from];
        s.getChars(from, to, line, 0);
        int n = 0;
        for (char c : line) if (c < 128 && MARKER[c]) n++;
        return n;
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) return false;
        }
        return true;
    }

    private static LocatedException tooLong(PageContext page, int line, int length, long markers) {
        return new LocatedException(new LocatedError(
                page.file(),
                line,
                "paragraph of " + length + " characters with " + markers
                        + " inline markers is too large to render; split it with blank lines"));
    }
}
