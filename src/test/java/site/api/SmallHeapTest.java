package site.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The API's tests run with the 64 MB heap `site api` promises to work in: pom.xml's api-in-64m executions pass
 * {@code -Xmx64m} and name the limit in {@code site.test.heapMb}, which this checks. Without the property the
 * tests ran elsewhere (a -Dtest run through the default execution), which fails here rather than passing unchecked:
 * pick single API tests with {@code surefire:test@api-in-64m} or {@code failsafe:integration-test@api-in-64m}.
 */
class SmallHeapTest {
    @Test
    void apiTestsRunInTheHeapThePomPromises() {
        String promised = System.getProperty("site.test.heapMb");
        assertNotNull(promised, "site.test.heapMb is not set: run the API's tests through the api-in-64m executions");
        long limitMb = Long.parseLong(promised);
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        assertTrue(maxMb <= limitMb, "max heap is " + maxMb + " MB, promised " + limitMb);
    }
}
