package site.builder.render;

import gg.jte.CodeResolver;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import site.common.BuildLog;
import site.common.SymbolicLinks;

/**
 * A layouts folder whose templates are read only when no symbolic link leads to them: a template is published
 * as text, so a linked "template" could publish any file the builder can read. A linked one is treated as
 * missing (the next layer's, or none), with one warning naming the link.
 */
final class UnlinkedDirectoryCodeResolver implements CodeResolver {
    private final Path root;
    private final DirectoryCodeResolver files;
    private final BuildLog log;
    private final Set<Path> warned = ConcurrentHashMap.newKeySet();

    UnlinkedDirectoryCodeResolver(Path root, BuildLog log) {
        this.root = root;
        this.files = new DirectoryCodeResolver(root);
        this.log = log;
    }

    @Override
    public String resolve(String name) {
        return linked(name) ? null : files.resolve(name);
    }

    @Override
    public boolean exists(String name) {
        return !linked(name) && files.exists(name);
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        return files.resolveAllTemplateNames().stream().filter(n -> !linked(n)).toList();
    }

    @Override
    public long getLastModified(String name) {
        return files.getLastModified(name);
    }

    /** Whether a link is on the way from the layouts folder to the template (the folder itself may be one). */
    private boolean linked(String name) {
        Path file = root.resolve(name).normalize();
        for (Path p = file; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                if (warned.add(p)) log.warn(SymbolicLinks.notFollowed(p));
                return true;
            }
        }
        return false;
    }
}
