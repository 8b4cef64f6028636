package site.builder.markdown;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * flexmark parses and renders nested blocks recursively, so thousands of nested quotes or lists overflow a
 * normal thread stack. Pages nested deeper than {@value #ON_BIG_STACK} levels go straight to a thread with a
 * large stack (a first try would overflow after doing the slow part, the parse, for nothing); others are
 * retried there if they overflow. Only if that overflows too is the page refused with a located error.
 */
final class DeepNesting {
    private static final long BIG_STACK = 1L << 30;
    static final int ON_BIG_STACK = 100;

    private DeepNesting() {}

    static <T> T run(Supplier<T> work, PageContext page, int depth) {
        if (depth > ON_BIG_STACK) return onBigStack(work, page);
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return onBigStack(work, page);
        }
    }

    private static <T> T onBigStack(Supplier<T> work, PageContext page) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.get());
                    } catch (StackOverflowError e) {
                        result.set(new LocatedException(new LocatedError(
                                page.file(), page.firstLine(), "Markdown nested too deeply to render")));
                    } catch (RuntimeException e) {
                        result.set(e);
                    }
                },
                "markdown-deep",
                BIG_STACK);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + page.file(), e);
        }
        if (result.get() instanceof RuntimeException e) throw e;
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }
}
