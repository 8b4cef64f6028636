package site.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A generator of random test inputs for {@link PropertyCheck}: one value per call, drawn only from the given
 * {@link Random}, so a seed reproduces the value. No shrinking and no hidden edge cases: the tests list their
 * edge values themselves (with {@link #of} and {@link #frequency}), which keeps what is tried visible and small.
 * Any lambda {@code random -> ...} is a generator; the factories below cover the common shapes.
 */
@FunctionalInterface
public interface Gen<T> {
    /** The alphabets the tests combine, e.g. {@code strings(ALPHA + DIGITS + " ", 1, 30)}. */
    String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    String DIGITS = "0123456789";

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** Between 0 and {@code maxSize} values of this generator. */
    default Gen<List<T>> list(int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) values.add(next(random));
            return values;
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of {@code values}, each equally likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** A value of one of {@code gens}, each generator equally likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** A generator chosen with the given weight among the others in {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {}

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value of one of {@code choices}, each picked in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<T>... choices) {
        List<Weighted<T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int ticket = random.nextInt(total);
            for (Weighted<T> choice : copy) {
                ticket -= choice.weight();
                if (ticket < 0) return choice.gen().next(random);
            }
            throw new IllegalStateException("weights must be positive");
        };
    }

    /** For recursive generators: {@code supplier} is called on each use, not when the generator is built. */
    static <T> Gen<T> lazy(Supplier<Gen<T>> supplier) {
        return random -> supplier.get().next(random);
    }

    /** Strings of {@code minLength} to {@code maxLength} code points, each taken from {@code alphabet}'s code points. */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        return random -> {
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            return out.toString();
        };
    }

    /** Strings of up to {@code maxLength} UTF-16 units, each any char at all: controls, noncharacters, lone surrogates. */
    static Gen<String> anyChars(int maxLength) {
        return random -> {
            char[] chars = new char[random.nextInt(maxLength + 1)];
            for (int i = 0; i < chars.length; i++) chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
            return new String(chars);
        };
    }

    /** Up to {@code maxSize} random bytes. */
    static Gen<byte[]> bytes(int maxSize) {
        return random -> {
            byte[] bytes = new byte[random.nextInt(maxSize + 1)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /** Any long, every value equally likely. */
    static Gen<Long> longs() {
        return Random::nextLong;
    }

    /** A long from {@code min} to {@code max}, both included ({@code max} below Long.MAX_VALUE). */
    static Gen<Long> longs(long min, long max) {
        return random -> random.nextLong(min, max + 1);
    }
}
