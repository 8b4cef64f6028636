package site.builder.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The checks a destination folder passes before a build starts, so a refused build changes nothing. */
public final class Destination {
    private Destination() {}

    /**
     * Why {@code destination} cannot take the build, if it cannot: it exists but is not a folder (a file,
     * a device, a fifo; Hugo: "not a directory"), or it holds one of the site's own {@code sources}, which
     * cleaning would delete and stale-file pruning would treat as output.
     */
    public static Optional<String> problem(Path destination, List<Path> sources) {
        if (destination.toString().isEmpty()) return Optional.of("the destination is an empty path");
        if (Files.exists(destination) && !Files.isDirectory(destination)) {
            return Optional.of(destination + " is not a directory");
        }
        Path folder = real(destination);
        for (Path source : sources) {
            if (source != null && Files.exists(source) && real(source).startsWith(folder)) {
                return Optional.of("the destination " + destination + " contains the site's sources (" + source
                        + "); publish into a folder of its own, such as public/");
            }
        }
        return Optional.empty();
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
