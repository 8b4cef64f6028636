package site.common;

import java.nio.file.Path;

/** The one rule for symbolic links in a site's sources (content, static, a theme's static): they are not followed. */
public final class SymbolicLinks {
    private SymbolicLinks() {}

    /**
     * The warning for a link met in content, static or a theme: a contributed change must not be able to
     * publish any file the builder can read (a link to the password file, a key) by adding a link.
     */
    public static LocatedError notFollowed(Path link) {
        return LocatedError.of(link, "symbolic link not followed: its target is not published");
    }
}
