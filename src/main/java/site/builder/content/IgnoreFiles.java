package site.builder.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import site.builder.config.SiteConfig;
import site.common.LocatedError;
import site.common.LocatedException;
import site.common.Values;

/**
 * The {@code ignoreFiles} config: regular expressions searched for in a content file's or folder's absolute path,
 * as Hugo 0.111.3 does (so {@code "\\.backup$"} and {@code "^/srv/blog/content/drafts/"} work, {@code "^drafts/"}
 * matches nothing). A matching folder is skipped with everything in it.
 */
public final class IgnoreFiles {
    public static final IgnoreFiles NONE = new IgnoreFiles(List.of());

    private final List<Pattern> patterns;

    private IgnoreFiles(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The patterns of the config; one that does not compile is an error naming it. */
    public static IgnoreFiles of(SiteConfig config) {
        return of(Values.strings(config.raw().get("ignorefiles")));
    }

    static IgnoreFiles of(List<String> regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : regexes) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new LocatedException(LocatedError.of(
                        null, "ignoreFiles: \"" + regex + "\" is not a regular expression: " + e.getDescription()));
            }
        }
        return new IgnoreFiles(List.copyOf(patterns));
    }

    boolean ignores(Path path) {
        if (patterns.isEmpty()) return false;
        String absolute = path.toAbsolutePath().toString();
        for (Pattern p : patterns) {
            if (p.matcher(absolute).find()) return true;
        }
        return false;
    }
}
