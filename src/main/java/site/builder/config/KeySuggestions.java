package site.builder.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean" for top-level config keys: a key that is no Hugo setting but is a few letters away from one
 * ({@code summaryLenght}, {@code taxonomy}) is most likely a typo that Hugo would ignore without a word. Only a
 * notice: sites may keep their own keys, and a key Hugo knows is never questioned, whether site uses it or not.
 */
final class KeySuggestions {
    static final List<String> HUGO_KEYS = hugoKeys();

    private KeySuggestions() {}

    /**
     * Hugo's top-level settings: 0.111.3's documented ones, its command-line flags that config files may set too
     * (HUGO_CACHEDIR is cacheDir), staticDir0 to staticDir10, and [pagination] that site follows from later Hugo.
     */
    private static List<String> hugoKeys() {
        List<String> keys = new ArrayList<>(List.of(
                "archetypeDir",
                "assetDir",
                "author",
                "baseURL",
                "build",
                "buildDrafts",
                "buildExpired",
                "buildFuture",
                "caches",
                "canonifyURLs",
                "cascade",
                "cleanDestinationDir",
                "contentDir",
                "copyright",
                "dataDir",
                "defaultContentLanguage",
                "defaultContentLanguageInSubdir",
                "deployment",
                "disableAliases",
                "disableFastRender",
                "disableHugoGeneratorInject",
                "disableKinds",
                "disableLanguages",
                "disableLiveReload",
                "disablePathToLower",
                "disqusShortname",
                "enableEmoji",
                "enableGitInfo",
                "enableInlineShortcodes",
                "enableMissingTranslationPlaceholders",
                "enableRobotsTXT",
                "environment",
                "footnoteReturnLinkContents",
                "frontmatter",
                "googleAnalytics",
                "hasCJKLanguage",
                "i18nDir",
                "ignoreCache",
                "ignoreErrors",
                "ignoreFiles",
                "imaging",
                "languageCode",
                "languageName",
                "languages",
                "layoutDir",
                "log",
                "logFile",
                "markup",
                "mediaTypes",
                "menu",
                "menus",
                "minify",
                "module",
                "newContentEditor",
                "noChmod",
                "noTimes",
                "outputFormats",
                "outputs",
                "paginate",
                "paginatePath",
                "pagination",
                "params",
                "permalinks",
                "pluralizeListTitles",
                "privacy",
                "publishDir",
                "pygmentsCodeFences",
                "pygmentsCodeFencesGuessSyntax",
                "pygmentsOptions",
                "pygmentsStyle",
                "pygmentsUseClasses",
                "refLinksErrorLevel",
                "refLinksNotFoundURL",
                "related",
                "relativeURLs",
                "removePathAccents",
                "resourceDir",
                "rssLimit",
                "sectionPagesMenu",
                "security",
                "server",
                "services",
                "sitemap",
                "social",
                "staticDir",
                "summaryLength",
                "taxonomies",
                "theme",
                "themesDir",
                "timeout",
                "timeZone",
                "title",
                "titleCaseStyle",
                "uglyURLs",
                "verbose",
                "verboseLog",
                "watch",
                "workingDir"));
        keys.addAll(List.of(
                "blackfriday",
                "buildStats",
                "cacheDir",
                "debug",
                "forceSyncStatic",
                "gc",
                "noBuildLock",
                "printPathWarnings",
                "printUnusedTemplates",
                "quiet",
                "renderToDisk",
                "templateMetrics",
                "templateMetricsHints"));
        for (int i = 0; i <= 10; i++) keys.add("staticDir" + i);
        return List.copyOf(keys);
    }

    /** One notice per unknown top-level key close to a Hugo setting, located where the key is set. */
    static List<String> notices(Map<String, Object> raw, Map<String, KeyOrigin> origins) {
        List<String> out = new ArrayList<>();
        for (String key : raw.keySet()) {
            KeyOrigin origin = origins.get(key);
            String written = origin == null ? key : origin.key();
            closest(key)
                    .ifPresent(known -> out.add(where(origin) + "\"" + written + "\" is not a Hugo setting (Hugo"
                            + " ignores it); did you mean \"" + known + "\"?"));
        }
        return out;
    }

    /** The Hugo setting {@code key} (lower case) most likely misspells, or empty if it is one or none is close. */
    static Optional<String> closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : HUGO_KEYS) {
            int d = distance(key, known.toLowerCase(Locale.ROOT));
            if (d == 0) return Optional.empty();
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        // two slips in a word of five letters or more, three in one of eight (taxonomy for taxonomies)
        int allowed = key.length() >= 8 ? 3 : key.length() >= 5 ? 2 : 1;
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn a into b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static String where(KeyOrigin origin) {
        if (origin == null || origin.file() == null) return "";
        return origin.file() + (origin.line() > 0 ? ":" + origin.line() : "") + ": ";
    }
}
