package site.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {
    @Test
    void starMatchesAnyVersionAndRequiresNone() {
        IfMatch any = IfMatch.parse(" * ");
        assertTrue(any.matches(0) && any.matches(41));
        assertNull(any.requireVersion(41, "post 1"));
    }

    @Test
    void aListMatchesByStrongComparisonOnly() {
        IfMatch tags = IfMatch.parse("W/\"3\", \"5\",, \"7\"");
        assertEquals(List.of("\"5\"", "\"7\""), tags.tags());
        assertFalse(tags.matches(3), "a weak tag never matches under the strong comparison");
        assertTrue(tags.matches(7));
        assertEquals(7L, tags.requireVersion(7, "post 1"));
    }

    @Test
    void aMismatchIs412NamingTheCurrentTag() {
        ApiException e =
                assertThrows(ApiException.class, () -> IfMatch.parse("\"2\"").requireVersion(3, "post 9"));
        assertEquals(ErrorCode.PRECONDITION_FAILED, e.code());
        assertEquals("post 9 is at \"3\", not the version in If-Match", e.getMessage());
    }

    @Test
    void absentMatchesEverything() {
        assertTrue(IfMatch.ABSENT.matches(12));
        assertNull(IfMatch.ABSENT.requireVersion(12, "post 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3", "W/3", ",", "\"a\"b\"", "\"a b\"", "*, \"3\""})
    void malformedValuesAre400NamingTheHeader(String value) {
        ApiException e = assertThrows(ApiException.class, () -> IfMatch.parse(value));
        assertEquals(ErrorCode.BAD_PARAMETER, e.code());
        assertEquals("If-Match", e.errors().get(0).field());
    }
}
