package site.builder.render;

import gg.jte.CodeResolver;
import java.util.List;
import java.util.stream.Stream;

/** Template sources looked up in layers: the site's layouts/, then the theme's; the first that has a name wins. */
final class LayeredCodeResolver implements CodeResolver {
    private final List<CodeResolver> layers;

    LayeredCodeResolver(List<CodeResolver> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public String resolve(String name) {
        for (CodeResolver layer : layers) {
            String code = layer.resolve(name);
            if (code != null) return code;
        }
        return null;
    }

    @Override
    public boolean exists(String name) {
        return layers.stream().anyMatch(l -> l.exists(name));
    }

    @Override
    public List<String> resolveAllTemplateNames() {
        return layers.stream()
                .flatMap(l -> {
                    try {
                        return l.resolveAllTemplateNames().stream();
                    } catch (UnsupportedOperationException e) {
                        return Stream.<String>empty();
                    }
                })
                .distinct()
                .toList();
    }

    @Override
    public long getLastModified(String name) {
        for (CodeResolver layer : layers) {
            if (layer.exists(name)) return layer.getLastModified(name);
        }
        return 0;
    }
}
