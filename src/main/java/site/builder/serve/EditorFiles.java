package site.builder.serve;

import java.nio.file.Path;

/**
 * The scratch files editors write beside the file being saved (Vim's swap files and its "4913" probe, Emacs'
 * lock and backup files, JetBrains' "___jb_tmp___"): they change nothing in the site, so they start no build.
 */
final class EditorFiles {
    private EditorFiles() {}

    static boolean isScratch(Path path) {
        Path file = path.getFileName();
        if (file == null) return false;
        String name = file.toString();
        return name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".swpx")
                || name.startsWith(".#")
                || (name.startsWith("#") && name.endsWith("#"))
                || name.equals("4913")
                || name.endsWith("___jb_tmp___")
                || name.endsWith("___jb_old___")
                || name.equals(".DS_Store");
    }
}
