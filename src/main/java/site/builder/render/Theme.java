package site.builder.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The theme a build renders with.
 *
 * @param staticDirs the theme's static folders on disk (empty for the bundled theme)
 * @param bundledStatic the classpath folder of the bundled theme's static files, or null
 */
public record Theme(String name, Templates templates, List<Path> staticDirs, String bundledStatic) {}
