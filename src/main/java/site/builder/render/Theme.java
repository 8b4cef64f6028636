package site.builder.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The theme a build renders with: its templates and where its files are, on disk for a theme in the site's
 * themes folder, on the classpath for the bundled one.
 *
 * @param dir the theme's folder on disk, or null for the bundled theme
 * @param bundled the classpath folder of the bundled theme ("themes/paper"), or null
 */
public record Theme(String name, Templates templates, Path dir, String bundled) {

    /** The theme's static folders on disk (none for the bundled theme). */
    public List<Path> staticDirs() {
        return dir == null ? List.of() : List.of(dir.resolve("static"));
    }

    /** The classpath folder of the bundled theme's static files, or null. */
    public String bundledStatic() {
        return bundled == null ? null : bundled + "/static";
    }

    /** The theme's assets folder on disk (files that templates bundle), or null for the bundled theme. */
    public Path assetsDir() {
        return dir == null ? null : dir.resolve("assets");
    }

    /** The classpath folder of the bundled theme's assets, or null. */
    public String bundledAssets() {
        return bundled == null ? null : bundled + "/assets";
    }
}
