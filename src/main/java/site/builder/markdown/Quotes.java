package site.builder.markdown;

/**
 * goldmark's typographer for quotes: each {@code '} or {@code "} becomes a curly quote (or apostrophe) from its
 * neighbours in the source line, with counters of unclosed quotes per block, instead of flexmark's pairing.
 * Returns null when goldmark leaves the quote as it is.
 */
final class Quotes {
    /** Unclosed quote counts of the current block; goldmark resets them when a block closes. */
    static final class Counter {
        int single;
        int dbl;
    }

    private Quotes() {}

    /**
     * @param line   the source from the quote to the end of its line (newline included when there is one)
     * @param before the source character before the quote, '\n' at the start of a block
     */
    static String replace(CharSequence line, int before, Counter counter) {
        char c = line.charAt(0);
        int run = 1;
        while (run < line.length() && line.charAt(run) == c) run++;
        int after = run < line.length() ? Character.codePointAt(line, run) : ' ';
        boolean left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
        boolean right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
        return c == '\'' ? single(line, before, left, right, counter) : dbl(line, before, left, right, counter);
    }

    private static String single(CharSequence line, int before, boolean canOpen, boolean canClose, Counter counter) {
        int n = line.length();
        if (canOpen
                && !canClose
                && n > 3
                && isDigit(line.charAt(1))
                && isDigit(line.charAt(2))
                && line.charAt(3) == 's') {
            int after = n > 4 ? Character.codePointAt(line, 4) : ' ';
            if (isSpace(after) || isPunct(after)) return "&rsquo;"; // decades such as '90s
        }
        if (n > 1 && (isGoPunct(before) || Character.isWhitespace(before)) && "teln".indexOf(line.charAt(1)) >= 0)
            return "&rsquo;";
        if (n > 1 && Character.isLetterOrDigit(before) && Character.isLetter(Character.codePointAt(line, 1)))
            return "&rsquo;";
        if (canOpen && !canClose) {
            boolean contraction = n > 1
                            && "smtd".indexOf(line.charAt(1)) >= 0
                            && (n < 3 || isAsciiPunct(line.charAt(2)) || isSpace(line.charAt(2)))
                    || n > 2
                            && (line.charAt(1) == 'v' && line.charAt(2) == 'e'
                                    || line.charAt(1) == 'l' && line.charAt(2) == 'l'
                                    || line.charAt(1) == 'r' && line.charAt(2) == 'e')
                            && (n < 4 || isAsciiPunct(line.charAt(3)) || isSpace(line.charAt(3)));
            if (!contraction) counter.single++;
            return contraction ? "&rsquo;" : "&lsquo;";
        }
        int first = Character.codePointAt(line, 0);
        if (n > 1 && isSpace(first) || isGoPunct(first) && n > 2 && !Character.isDigit(Character.codePointAt(line, 1)))
            return "&rsquo;";
        if (counter.single > 0 && closes(line, canOpen, canClose)) {
            counter.single--;
            return "&rsquo;";
        }
        return null;
    }

    private static String dbl(CharSequence line, int before, boolean canOpen, boolean canClose, Counter counter) {
        if (canOpen && !canClose) {
            counter.dbl++;
            return "&ldquo;";
        }
        if (counter.dbl > 0 && closes(line, canOpen, canClose)) {
            if (line.length() > 1 && line.charAt(1) == '"' && Character.isDigit(before)) return null; // 21" monitors
            counter.dbl--;
            return "&rdquo;";
        }
        return null;
    }

    private static boolean closes(CharSequence line, boolean canOpen, boolean canClose) {
        int n = line.length();
        boolean maybe = canClose
                && canOpen
                && n > 1
                && isGoPunct(Character.codePointAt(line, 1))
                && (n == 2 || n > 2 && isAsciiPunct(line.charAt(2)) || isSpace(line.charAt(2)));
        return canClose && !canOpen || maybe;
    }

    /** goldmark's util.IsPunctRune: ASCII punctuation or a Unicode punctuation category. */
    static boolean isPunct(int cp) {
        return cp < 128 ? isAsciiPunct((char) cp) : isGoPunct(cp);
    }

    private static boolean isAsciiPunct(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    /** Go's unicode.IsPunct: the P categories only (so not $, +, < or =). */
    private static boolean isGoPunct(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B || Words.isSpace(cp);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
