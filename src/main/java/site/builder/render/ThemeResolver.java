package site.builder.render;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import site.builder.config.SiteConfig;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * Chooses the templates: a jte theme under themesDir, else the bundled theme "paper" (for a Hugo theme
 * such as PaperMod, with a notice). jte files in the site's layouts/ override the theme's and are
 * compiled at run time; Go templates there are skipped with a notice.
 */
public final class ThemeResolver {
    static final String BUNDLED = "paper";
    /** The bundled theme's folder on the classpath, as the pom copies it there. */
    static final String BUNDLED_DIR = "themes/" + BUNDLED;

    private static final String BUNDLED_LAYOUTS = BUNDLED_DIR + "/layouts";

    private final BuildLog log;
    private final TemplateEngines engines;

    public ThemeResolver(BuildLog log) {
        this(log, new TemplateEngines());
    }

    /** @param engines compiled templates kept between the builds of one builder */
    public ThemeResolver(BuildLog log, TemplateEngines engines) {
        this.log = log;
        this.engines = engines;
    }

    public Theme resolve(SiteConfig config) {
        String name = config.identity().theme();
        Path themeDir = name == null ? null : config.dirs().themes().resolve(name);
        boolean userTheme = themeDir != null && hasJte(themeDir.resolve("layouts"));
        if (name != null && !userTheme) checkFallback(name, themeDir, config);
        List<String> goTemplates = goTemplates(config.dirs().layouts());
        if (!goTemplates.isEmpty()) {
            log.notice("layouts: skipped Go templates (site uses jte templates): " + String.join(", ", goTemplates));
        }
        boolean siteOverrides = hasJte(config.dirs().layouts());
        if (!userTheme && !siteOverrides) {
            return new Theme(
                    BUNDLED,
                    new Templates(TemplateEngine.createPrecompiled(ContentType.Html), null),
                    null,
                    BUNDLED_DIR);
        }
        List<CodeResolver> layers = new ArrayList<>();
        if (siteOverrides)
            layers.add(new UnlinkedDirectoryCodeResolver(config.dirs().layouts(), log));
        layers.add(
                userTheme
                        ? new UnlinkedDirectoryCodeResolver(themeDir.resolve("layouts"), log)
                        : new ResourceCodeResolver(BUNDLED_LAYOUTS, ThemeResolver.class.getClassLoader()));
        Path classes = config.sourceDir().resolve("resources/_gen/jte-classes");
        LayeredCodeResolver sources = new LayeredCodeResolver(layers);
        List<Object> key = List.of(
                String.valueOf(config.dirs().layouts()),
                String.valueOf(themeDir),
                userTheme,
                sources.resolveAllTemplateNames());
        TemplateEngine engine = engines.engine(key, () -> {
            TemplateEngine made =
                    TemplateEngine.create(sources, classes, ContentType.Html, ThemeResolver.class.getClassLoader());
            made.setTrimControlStructures(true); // as the bundled theme is precompiled (pom.xml), so output is alike
            return made;
        });
        Templates templates = new Templates(engine, sources);
        return userTheme
                ? new Theme(name, templates, themeDir, null)
                : new Theme(BUNDLED, templates, null, BUNDLED_DIR);
    }

    private void checkFallback(String name, Path themeDir, SiteConfig config) {
        boolean known = name.equalsIgnoreCase("papermod") || name.equalsIgnoreCase(BUNDLED);
        if (Files.isDirectory(themeDir)) {
            log.notice("theme \"" + name + "\" has no jte layouts (a Hugo theme?): using the built-in theme \"paper\"");
        } else if (known) {
            if (!name.equalsIgnoreCase(BUNDLED))
                log.notice("theme \"" + name + "\": using the built-in theme \"paper\"");
        } else {
            throw new LocatedException(LocatedError.of(
                    config.sourceDir(),
                    "config: theme \"" + name + "\" not found: no folder " + themeDir
                            + " (add the theme there, or remove `theme` to use the built-in theme)"));
        }
    }

    private static boolean hasJte(Path dir) {
        return !files(dir).stream()
                .filter(p -> p.toString().endsWith(".jte"))
                .toList()
                .isEmpty();
    }

    private static List<String> goTemplates(Path layouts) {
        return files(layouts).stream()
                .map(p -> layouts.relativize(p).toString().replace('\\', '/'))
                .filter(p -> p.toLowerCase(Locale.ROOT).matches(".*\\.(html|xml|json|txt|rss)$"))
                .sorted()
                .toList();
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
