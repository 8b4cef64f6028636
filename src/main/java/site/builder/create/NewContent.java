package site.builder.create;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import site.builder.config.SiteConfig;
import site.common.LocatedError;
import site.common.LocatedException;

/**
 * {@code site new content posts/x.md}, as Hugo 0.111.3's {@code hugo new}: the archetype for the section (the
 * first folder of the path, or --kind) is looked up in the site's archetypes/, then the theme's, then Hugo's
 * built-in default; it is executed as a template ({@link ArchetypeTemplate}) and written, never over an existing
 * file. A path without an extension whose archetype is a folder makes a bundle: every file of the folder, the
 * Markdown ones executed.
 */
public final class NewContent {
    /** Hugo 0.111.3's archetype when there is none: YAML front matter with a title, a date and draft. */
    static final String BUILT_IN =
            "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndate: {{ .Date }}\ndraft: true\n---\n\n";

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final SiteConfig config;
    private final ZonedDateTime now;

    /** @param zone the time zone of {@code .Date}: the site's timeZone if it sets one, else the computer's */
    public NewContent(SiteConfig config, ZonedDateTime now) {
        this.config = config;
        this.now = now;
    }

    /** The time {@code .Date} uses: now in the site's timeZone when its config sets one, else the computer's. */
    public static ZonedDateTime now(SiteConfig config) {
        boolean configured = config.raw().get("timezone") != null;
        return ZonedDateTime.now(configured ? config.identity().timeZone() : ZoneId.systemDefault())
                .withNano(0);
    }

    /** Creates the content at {@code path} (relative to the content folder); returns the files written. */
    public List<Path> create(String path, String kind) {
        String relative = strip(path.replace('\\', '/'));
        if (relative.isEmpty() || relative.contains("..")) {
            throw new LocatedException(
                    LocatedError.of(null, "new content: \"" + path + "\" is not a path below content/"));
        }
        Path target = config.dirs().content().resolve(relative);
        String section = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        String archetypeKind = kind != null ? kind : section.isEmpty() ? "default" : section;
        String name = target.getFileName().toString();
        boolean bundle = !name.contains(".");
        String baseName = bundle ? name : name.substring(0, name.lastIndexOf('.'));
        Optional<Path> folder = bundle ? archetypeFolder(archetypeKind) : Optional.empty();
        if (folder.isPresent()) {
            return createBundle(folder.get(), target, data(baseName, section, relative + "/index.md"));
        }
        Path file = bundle ? target.resolve("index.md") : target;
        String ext = file.getFileName()
                .toString()
                .substring(file.getFileName().toString().lastIndexOf('.'));
        Optional<Path> archetype = archetypeFile(archetypeKind, ext);
        String text = archetype.map(NewContent::read).orElse(BUILT_IN);
        Object data = data(baseName, section, bundle ? relative + "/index.md" : relative);
        write(file, ArchetypeTemplate.execute(text, data, now, archetype.orElse(Path.of("(built-in archetype)"))));
        return List.of(file);
    }

    /**
     * The archetype's dot, as Hugo 0.111.3 fills it: .Name, .Date (now, RFC 3339), .Type, .Section, .File (the
     * content file's names) and .Site (title, base URL, language, params). Hugo has no .Kind there.
     */
    private TemplateValues.Struct data(String name, String section, String file) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("Name", name);
        page.put("Date", RFC3339.format(now));
        page.put("Type", section.isEmpty() ? "page" : section);
        page.put("Section", section);
        page.put("File", fileData(file, name));
        page.put("Site", siteData());
        return new TemplateValues.Struct("the archetype's page (.)", page);
    }

    /** .File for content/{@code path}: posts/my-post.md, or posts/my-bundle/index.md whose ContentBaseName is my-bundle. */
    private TemplateValues.Struct fileData(String path, String contentBaseName) {
        String logical = path.substring(path.lastIndexOf('/') + 1);
        String base = logical.contains(".") ? logical.substring(0, logical.lastIndexOf('.')) : logical;
        // Hugo 0.111.3 gives "/" for a file at the content root, "posts/" below it
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "/";
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("Path", path);
        file.put("Dir", dir);
        file.put("LogicalName", logical);
        file.put("BaseFileName", base);
        file.put("TranslationBaseName", base);
        file.put("ContentBaseName", contentBaseName);
        file.put("Ext", logical.contains(".") ? logical.substring(logical.lastIndexOf('.') + 1) : "");
        file.put("Lang", language());
        file.put(
                "Filename",
                config.dirs()
                        .content()
                        .resolve(path)
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        return new TemplateValues.Struct(".File", file);
    }

    private TemplateValues.Struct siteData() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("Title", config.identity().title());
        site.put("BaseURL", config.baseURL());
        site.put(
                "LanguageCode",
                config.identity().languageCode() == null
                        ? ""
                        : config.identity().languageCode());
        site.put("Copyright", String.valueOf(config.raw().getOrDefault("copyright", "")));
        site.put("Params", config.params());
        site.put("Author", config.raw().get("author") instanceof Map<?, ?> author ? author : Map.of());
        site.put("IsServer", false);
        site.put("Language", new TemplateValues.Struct(".Site.Language", Map.of("Lang", language())));
        return new TemplateValues.Struct(".Site", site);
    }

    private String language() {
        String lang = config.identity().defaultContentLanguage();
        return lang == null || lang.isEmpty() ? "en" : lang;
    }

    /** archetypes/KIND.EXT, the theme's archetypes/KIND.EXT, then default.EXT in the same two (Hugo's order). */
    private Optional<Path> archetypeFile(String kind, String ext) {
        for (String candidate : List.of(kind + ext, "default" + ext)) {
            for (Path dir : archetypeDirs()) {
                Path file = dir.resolve(candidate);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> archetypeFolder(String kind) {
        return archetypeDirs().stream()
                .map(d -> d.resolve(kind))
                .filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))
                .findFirst();
    }

    private List<Path> archetypeDirs() {
        List<Path> dirs = new ArrayList<>(List.of(config.dirs().archetypes()));
        if (config.identity().theme() != null)
            dirs.add(config.dirs().themes().resolve(config.identity().theme()).resolve("archetypes"));
        return dirs;
    }

    private List<Path> createBundle(Path archetype, Path target, Object data) {
        if (Files.exists(target)) throw exists(target);
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(archetype)) {
            for (Path source : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList()) {
                Path out = target.resolve(archetype.relativize(source).toString());
                String name = source.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")) {
                    write(out, ArchetypeTemplate.execute(read(source), data, now, source));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(source, out);
                }
                written.add(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private String strip(String path) {
        String contentDir = config.dirs().content().getFileName().toString() + "/";
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith(contentDir) ? p.substring(contentDir.length()) : p;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static LocatedException exists(Path file) {
        return new LocatedException(LocatedError.of(file, "already exists: nothing was written (choose another name)"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
