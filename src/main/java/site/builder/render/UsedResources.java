package site.builder.render;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders of the theme's (or the site's) {@code assets/} that templates asked for while rendering, as Hugo
 * publishes an asset only when a template uses it: a library that only some pages load (Mermaid, KaTeX) is
 * published only by sites that have such a page. Filled from the rendering threads.
 */
public final class UsedResources {
    private final Set<String> folders = ConcurrentHashMap.newKeySet();

    /** Records {@code folder} (relative to assets/, e.g. "vendor/katex") as used. */
    void use(String folder) {
        folders.add(folder);
    }

    /** The folders used, sorted. */
    public List<String> folders() {
        return folders.stream().sorted().toList();
    }
}
