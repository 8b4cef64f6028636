package site.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The API's tests run with the 64 MB heap `site api` promises to work in: pom.xml's api-in-64m executions pass
 * {@code -Xmx64m} and name the limit in {@code site.test.heapMb}, which this checks (a run that picks single
 * tests with -Dtest goes through the default execution, without the property).
 */
class SmallHeapTest {
    @Test
    void apiTestsRunInTheHeapThePomPromises() {
        long limitMb = Long.getLong("site.test.heapMb", Long.MAX_VALUE >> 20);
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        assertTrue(maxMb <= limitMb, "max heap is " + maxMb + " MB, promised " + limitMb);
    }
}
