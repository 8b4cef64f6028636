package site.testsupport;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property: {@code tries} inputs from a generator, each handed to a check that throws when the property
 * does not hold. The base seed is fixed per property (the hash of its name) so every run, CI included, tries the
 * same inputs; {@code -Dsite.properties.seed=N} replaces it to explore others. The first failure stops the run
 * with the property, the try, the seed to rerun with and the input, shortened.
 */
public final class PropertyCheck {
    public static final String SEED_PROPERTY = "site.properties.seed";
    private static final int SHOWN_CHARS = 600;

    private PropertyCheck() {}

    public static <T> void forAll(String property, int tries, Gen<T> inputs, Consumer<? super T> check) {
        long baseSeed = baseSeed(property);
        Random trySeeds = new Random(baseSeed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            long trySeed = trySeeds.nextLong();
            T input = inputs.next(new Random(trySeed));
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(failure(property, attempt, tries, baseSeed, trySeed, input, e), e);
            }
        }
    }

    static long baseSeed(String property) {
        String override = System.getProperty(SEED_PROPERTY, "").trim();
        return override.isEmpty() ? property.hashCode() : Long.parseLong(override);
    }

    static String failure(
            String property, int attempt, int tries, long baseSeed, long trySeed, Object input, Throwable cause) {
        return "property '" + property + "' failed at try " + attempt + " of " + tries
                + " (rerun with -D" + SEED_PROPERTY + "=" + baseSeed + "; this try's seed " + trySeed + ")"
                + "\n  input: " + shown(String.valueOf(input))
                + "\n  error: " + shown(String.valueOf(cause.getMessage()));
    }

    /** Printable ASCII as is, anything else as a \\uXXXX escape, cut after {@value #SHOWN_CHARS} chars. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), SHOWN_CHARS); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) out.append(c);
            else out.append(String.format("\\u%04x", (int) c));
        }
        if (text.length() > SHOWN_CHARS)
            out.append("... (").append(text.length()).append(" chars)");
        return out.toString();
    }
}
