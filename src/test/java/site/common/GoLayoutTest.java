package site.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class GoLayoutTest {
    private static final ZonedDateTime T = ZonedDateTime.parse("2024-03-05T09:07:02+09:00");

    @Test
    void formatsPaperModsCommonDateLayouts() {
        assertEquals("March 5, 2024", GoLayout.format(T, "January 2, 2006"));
        assertEquals("2024-03-05", GoLayout.format(T, "2006-01-02"));
        assertEquals("Mar 5, 2024", GoLayout.format(T, "Jan 2, 2006"));
        assertEquals("Tuesday, 05 Mar 24", GoLayout.format(T, "Monday, 02 Jan 06"));
    }

    @Test
    void formatsTimesAndOffsets() {
        assertEquals("09:07:02 AM +09:00", GoLayout.format(T, "15:04:05 PM -07:00"));
        assertEquals("9:7:2 +0900", GoLayout.format(T, "3:4:5 -0700"));
        assertEquals("2024/3/ 5", GoLayout.format(T, "2006/1/_2"));
    }

    @Test
    void keepsTextThatIsNoToken() {
        assertEquals("posted 2024년 3월 5일", GoLayout.format(T, "posted 2006년 1월 2일"));
    }
}
