package site.builder.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Which files in the site's root are its config: hugo.* and config.* (as Hugo looks them up), or the --config files. */
final class ConfigFiles {
    private static final Pattern DEFAULT_NAMES = Pattern.compile("(hugo|config)\\.(toml|ya?ml|json)");
    private final List<Path> given;

    ConfigFiles(Path root, List<Path> given) {
        this.given = given.stream()
                .map(p -> root.resolve(p).toAbsolutePath().normalize())
                .toList();
    }

    boolean matches(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!given.isEmpty()) return given.contains(abs);
        return DEFAULT_NAMES.matcher(abs.getFileName().toString()).matches();
    }
}
