package site.builder.markdown;

import java.util.ArrayList;
import java.util.List;

/** Word counting and summary truncation with Hugo's formulas (Go's unicode.IsSpace and strings.Fields). */
final class Words {
    private Words() {}

    /** Go's unicode.IsSpace. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default ->
                cp == 0x1680
                        || (cp >= 0x2000 && cp <= 0x200A)
                        || cp == 0x2028
                        || cp == 0x2029
                        || cp == 0x202F
                        || cp == 0x205F
                        || cp == 0x3000;
        };
    }

    /**
     * Hugo's TotalWords: runs of non-space characters. Every Go space is in the BMP, so scanning chars (a
     * surrogate is never a space) counts the same as scanning code points, and is cheaper.
     */
    static int total(String s) {
        int n = 0;
        boolean inWord = false;
        for (char c : s.toCharArray()) {
            boolean was = inWord;
            inWord = !isSpace(c);
            if (inWord && !was) n++;
        }
        return n;
    }

    /** Go's strings.Fields. */
    static List<String> fields(String s) {
        List<String> words = new ArrayList<>();
        char[] chars = s.toCharArray();
        int start = -1;
        for (int i = 0; i < chars.length; i++) {
            if (isSpace(chars[i])) {
                if (start >= 0) words.add(new String(chars, start, i - start));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(new String(chars, start, chars.length - start));
        return words;
    }

    /** Hugo: with hasCJKLanguage every non-ASCII word counts its characters. */
    static int count(List<String> words, boolean cjk) {
        if (!cjk) return words.size();
        int n = 0;
        for (String w : words) n += isAscii(w) ? 1 : w.codePointCount(0, w.length());
        return n;
    }

    static boolean isAscii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) > 0x7f) return false;
        return true;
    }

    /** Hugo's TruncateWordsToWholeSentence: at least {@code limit} words, then up to the sentence end. */
    static Truncation toWholeSentence(String s, int limit) {
        int count = 0, lastSpace = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                count++;
                lastSpace = i;
                if (count >= limit) break;
            }
            i += Character.charCount(cp);
        }
        if (lastSpace < 0) return new Truncation(s, false);
        for (int j = lastSpace; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\n') {
                return new Truncation(s.substring(0, j + 1).strip(), j + 1 < s.length());
            }
        }
        return new Truncation(s, false);
    }

    /** Hugo's TruncateWordsByRune for CJK pages: non-ASCII words count per character and may be cut inside. */
    static Truncation byRune(List<String> words, int limit) {
        int count = 0;
        for (int index = 0; index < words.size(); index++) {
            if (count >= limit) return new Truncation(String.join(" ", words.subList(0, index)), true);
            String word = words.get(index);
            int runes = word.codePointCount(0, word.length());
            if (isAscii(word)) {
                count++;
            } else if (count + runes < limit) {
                count += runes;
            } else {
                for (int ri = 0; ri < word.length(); ri += Character.charCount(word.codePointAt(ri))) {
                    if (count >= limit) {
                        List<String> head = new ArrayList<>(words.subList(0, index));
                        head.add(word.substring(0, ri));
                        return new Truncation(String.join(" ", head), true);
                    }
                    count++;
                }
            }
        }
        return new Truncation(String.join(" ", words), false);
    }

    record Truncation(String text, boolean truncated) {}
}
