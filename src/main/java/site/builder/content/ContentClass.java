package site.builder.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a file under content/ is, by Hugo 0.111.3's rules (HUGO-FACTS.md, "Files in content/"): a leaf or branch
 * bundle's page, another content file, or a plain file that is published as it is. Extensions are matched in
 * their case ({@code x.MD} and {@code x.mkd} are plain files), and an HTML file is content only when it does not
 * start with a tag: a page written as a whole HTML document is published untouched.
 */
enum ContentClass {
    LEAF,
    BRANCH,
    CONTENT,
    FILE;

    /** Hugo's content extensions; the ones site renders are {@link #RENDERED}. */
    private static final List<String> EXTENSIONS = List.of(
            "html", "htm", "mdown", "markdown", "md", "asciidoc", "adoc", "ad", "rest", "rst", "org", "pandoc", "pdc");

    private static final List<String> RENDERED = List.of("html", "htm", "mdown", "markdown", "md");
    private static final byte[] COMMENT = "<!--".getBytes(StandardCharsets.US_ASCII);

    static ContentClass of(Path file) {
        String name = file.getFileName().toString();
        String ext = extension(name);
        if (!EXTENSIONS.contains(ext)) return FILE;
        if ((ext.equals("html") || ext.equals("htm")) && startsWithTag(file)) return FILE;
        if (name.startsWith("_index.")) return BRANCH;
        if (name.startsWith("index.")) return LEAF;
        return CONTENT;
    }

    boolean isContent() {
        return this != FILE;
    }

    /** Org-mode, AsciiDoc, reStructuredText and Pandoc: Hugo renders them (the last three with external tools); site does not. */
    static boolean rendered(Path contentFile) {
        return RENDERED.contains(extension(contentFile.getFileName().toString()));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /**
     * Hugo's test: the first character that is not white space is {@code <} and does not open an HTML comment;
     * an empty file counts as a tag too. An unreadable file is a plain file (its copy reports the problem).
     */
    private static boolean startsWithTag(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            int i = 0;
            while (i < head.length && Character.isWhitespace(head[i])) i++;
            if (i == head.length) return true;
            if (head[i] != '<') return false;
            for (int k = 1; k < COMMENT.length; k++) {
                if (i + k >= head.length || head[i + k] != COMMENT[k]) return true;
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
