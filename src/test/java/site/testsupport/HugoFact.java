package site.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that runs only Hugo and checks facts about its output, never site's code: the oracle's
 * self-check. Failsafe runs these in their own execution (hugo-facts), so they are counted apart from the
 * product's tests (docs/TESTING.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(HugoFact.TAG)
public @interface HugoFact {
    String TAG = "hugo-fact";
}
