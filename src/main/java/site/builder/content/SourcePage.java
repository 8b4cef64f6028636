package site.builder.content;

import java.nio.file.Path;
import java.util.List;

/**
 * A content file as read from disk: where it is, what kind of bundle it heads, its front matter and body.
 *
 * @param path the path relative to the content dir, '/'-separated (Hugo's File.Path)
 * @param bundle NONE for a plain page, LEAF for index.md, BRANCH for _index.md
 * @param resources the bundle's other files (empty for a plain page)
 * @param lang the language the file's name names ("en" for hello.en.md), "" when it names none
 */
public record SourcePage(
        Path file,
        String path,
        Bundle bundle,
        String format,
        FrontMatter frontMatter,
        List<Resource> resources,
        String lang) {

    public SourcePage(
            Path file, String path, Bundle bundle, String format, FrontMatter frontMatter, List<Resource> resources) {
        this(file, path, bundle, format, frontMatter, resources, "");
    }

    /** This file as the named language's, its name's language suffix then left out of {@link #baseName}. */
    public SourcePage withLang(String language) {
        return new SourcePage(file, path, bundle, format, frontMatter, resources, language);
    }

    /** This file with new text (serve's rebuild after an edit of its body). */
    SourcePage withFrontMatter(FrontMatter text) {
        return new SourcePage(file, path, bundle, format, text, resources, lang);
    }

    public enum Bundle {
        NONE,
        LEAF,
        BRANCH
    }

    /** A file that belongs to a bundle, with its path relative to the bundle's directory. */
    public record Resource(Path file, String path) {}

    /** The directory part of {@link #path}, ending in '/', or "" at the root (Hugo's File.Dir). */
    public String dir() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** The file name without its extension and language suffix (Hugo's File.TranslationBaseName). */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return !lang.isEmpty() && base.endsWith("." + lang)
                ? base.substring(0, base.length() - lang.length() - 1)
                : base;
    }

    /** For a bundle the directory's name, else the base name (Hugo's File.ContentBaseName). */
    public String contentBaseName() {
        if (bundle == Bundle.NONE) return baseName();
        String d = dir();
        if (d.isEmpty()) return baseName();
        String trimmed = d.substring(0, d.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The path segments of the directory, e.g. ["posts", "2024"]. */
    public List<String> dirSegments() {
        String d = dir();
        return d.isEmpty() ? List.of() : List.of(d.substring(0, d.length() - 1).split("/"));
    }
}
