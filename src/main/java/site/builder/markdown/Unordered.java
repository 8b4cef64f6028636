package site.builder.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A flexmark extension point (block factory, pre-processor) that need not run before or after any other.
 * Custom block factories are tried before flexmark's own in any case.
 */
interface Unordered extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
