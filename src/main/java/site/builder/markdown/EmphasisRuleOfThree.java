package site.builder.markdown;

import com.vladsch.flexmark.parser.core.delimiter.AsteriskDelimiterProcessor;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Emphasis that pairs delimiter runs as goldmark does (CommonMark 0.29+): when either run can both open and
 * close, the sum of their original lengths must not be a multiple of 3 unless the closer's length is, so
 * {@code foo***bar***baz} is emphasis. flexmark 0.64 counts what is left of the runs and lacks the exception.
 */
final class EmphasisRuleOfThree {
    private EmphasisRuleOfThree() {}

    /** Replaces the {@code *} and {@code _} processors in the map (one inline parser's own copy). */
    static void replace(Map<Character, DelimiterProcessor> processors, ToIntFunction<DelimiterRun> originalLength) {
        processors.computeIfPresent('*', (c, p) -> new AsteriskDelimiterProcessor(false) {
            @Override
            public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
                return use(opener, closer, originalLength);
            }
        });
        processors.computeIfPresent('_', (c, p) -> new UnderscoreDelimiterProcessor(false) {
            @Override
            public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
                return use(opener, closer, originalLength);
            }
        });
    }

    /** How many delimiters the pair uses: 0 for no match, 2 (strong) when both have two left, else 1. */
    static int use(DelimiterRun opener, DelimiterRun closer, ToIntFunction<DelimiterRun> originalLength) {
        int closerLength = originalLength.applyAsInt(closer);
        if ((opener.canClose() || closer.canOpen())
                && (originalLength.applyAsInt(opener) + closerLength) % 3 == 0
                && closerLength % 3 != 0) {
            return 0;
        }
        return opener.length() >= 2 && closer.length() >= 2 ? 2 : 1;
    }
}
