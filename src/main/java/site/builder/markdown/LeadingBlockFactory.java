package site.builder.markdown;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import java.util.Set;

/** A block factory with no ordering constraints of its own: custom factories are tried before flexmark's. */
interface LeadingBlockFactory extends CustomBlockParserFactory {
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
