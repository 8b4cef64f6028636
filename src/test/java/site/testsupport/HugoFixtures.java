package site.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The fixture sites under src/test/resources/sites, each built by Hugo once per test JVM. */
public final class HugoFixtures {
    public static final Path SITES = Path.of("src/test/resources/sites");
    private static final Map<String, HugoSite> BUILT = new ConcurrentHashMap<>();
    private static Path out;

    private HugoFixtures() {}

    /** Skips (or in CI fails) when hugo is missing; call from @BeforeAll. */
    public static void requireHugo() {
        RealComponent.requireHugo();
    }

    /** The named fixture site as Hugo builds it with these extra arguments. */
    public static HugoSite site(String name, String... extraArgs) {
        String key = name + " " + String.join(" ", extraArgs);
        return BUILT.computeIfAbsent(key, k -> build(name, extraArgs));
    }

    /** The texts of a JSON array such as a dump's "pages". */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.isNull() ? null : n.asText()));
        return texts;
    }

    private static HugoSite build(String name, String... extraArgs) {
        try {
            Path dir = Files.createTempDirectory(outRoot(), name);
            return HugoOracle.build(SITES.resolve(name), dir, extraArgs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** target/hugo-oracle, emptied once per JVM so it holds just this run's outputs for a look by hand. */
    private static synchronized Path outRoot() throws IOException {
        if (out == null) {
            Path root = Path.of("target/hugo-oracle");
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            out = Files.createDirectories(root);
        }
        return out;
    }
}
