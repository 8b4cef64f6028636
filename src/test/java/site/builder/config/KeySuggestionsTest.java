package site.builder.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A top-level key a few letters from a Hugo setting gets a "did you mean"; Hugo's own keys and far ones do not. */
class KeySuggestionsTest {

    @Test
    void typosOfHugoSettings() {
        assertEquals(Optional.of("summaryLength"), KeySuggestions.closest("summarylenght"));
        assertEquals(Optional.of("taxonomies"), KeySuggestions.closest("taxonomy"));
        assertEquals(Optional.of("enableRobotsTXT"), KeySuggestions.closest("enablerobottxt"));
        assertEquals(Optional.of("title"), KeySuggestions.closest("titel"));
        assertEquals(Optional.of("params"), KeySuggestions.closest("param"));
    }

    @Test
    void hugoSettingsSiteIgnoresAndOwnKeysAreLeftAlone() {
        assertEquals(Optional.empty(), KeySuggestions.closest("enablegitinfo"));
        assertEquals(Optional.empty(), KeySuggestions.closest("module"));
        assertEquals(Optional.empty(), KeySuggestions.closest("cachedir"));
        assertEquals(Optional.empty(), KeySuggestions.closest("staticdir1"));
        // HUGO_VERSION and HUGO_ENV, which CI services set, become top-level keys too
        assertEquals(Optional.empty(), KeySuggestions.closest("version"));
        assertEquals(Optional.empty(), KeySuggestions.closest("env"));
        assertEquals(Optional.empty(), KeySuggestions.closest("menu"));
        assertEquals(Optional.empty(), KeySuggestions.closest("footer"));
        assertEquals(Optional.empty(), KeySuggestions.closest("mysetting"));
    }

    @Test
    void theNoticeNamesTheFileLineAndTheKeyAsWritten() {
        Map<String, KeyOrigin> origins =
                Map.of("summarylenght", new KeyOrigin(Path.of("hugo.toml"), 4, "summaryLenght", DataFormat.TOML));
        assertEquals(
                List.of("hugo.toml:4: \"summaryLenght\" is not a Hugo setting (Hugo ignores it); did you mean"
                        + " \"summaryLength\"?"),
                KeySuggestions.notices(Map.of("summarylenght", 5, "title", "x"), origins));
    }
}
