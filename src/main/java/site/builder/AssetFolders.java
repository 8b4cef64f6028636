package site.builder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import site.builder.render.Theme;

/**
 * One folder of {@code assets/}, as published when a template uses it: the site's own folder if it has one
 * (replacing the theme's, as Hugo's assets mounts do), else the theme's folder or the bundled theme's copy in the jar.
 */
final class AssetFolders {
    private AssetFolders() {}

    /** The folder's files by '/'-separated path below it; empty when nobody has it. */
    static Map<String, byte[]> read(String folder, Path siteAssets, Theme theme) {
        for (Path dir : new Path[] {siteAssets, theme.assetsDir()}) {
            if (dir != null && Files.isDirectory(dir.resolve(folder), LinkOption.NOFOLLOW_LINKS))
                return walk(dir.resolve(folder));
        }
        return theme.bundledAssets() == null ? Map.of() : BundledFiles.read(theme.bundledAssets() + "/" + folder);
    }

    /** Regular files only: a symbolic link must not publish a file from elsewhere. */
    static Map<String, byte[]> walk(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return out;
    }
}
