package site.builder.markdown;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * flexmark parses and renders nested blocks recursively, so thousands of nested quotes or lists overflow a
 * normal thread stack. Such pages are retried once on a thread with a large stack; only if that overflows too
 * is the page refused with a located error.
 */
final class DeepNesting {
    private static final long BIG_STACK = 1L << 30;

    private DeepNesting() {}

    static <T> T run(Supplier<T> work, PageContext page) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return onBigStack(work, page);
        }
    }

    private static <T> T onBigStack(Supplier<T> work, PageContext page) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                result.set(new LocatedException(new LocatedError(page.file(), page.firstLine(), "Markdown nested too deeply to render")));
            } catch (RuntimeException e) {
                result.set(e);
            }
        }, "markdown-deep", BIG_STACK);
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
