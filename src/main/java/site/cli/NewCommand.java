package site.cli;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import site.builder.config.BuildOptions;
import site.builder.config.ConfigLoader;
import site.builder.config.SiteConfig;
import site.builder.create.NewContent;
import site.builder.create.NewSite;
import site.common.BuildLog;
import site.common.LocatedError;
import site.common.LocatedException;

/** `site new site DIR`, `site new content PATH` and `site new PATH` (Hugo 0.111.3's form): from archetypes. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Create a new site (site new site DIR) or new content from archetypes (site new content posts/x.md,",
            "or site new posts/x.md), like `hugo new`."
        })
public final class NewCommand implements Callable<Integer> {
    @Parameters(arity = "1..2", paramLabel = "WHAT", description = "site DIR | content PATH | PATH")
    List<String> what;

    @Option(
            names = {"-s", "--source"},
            description = "the site's root folder (default: .)")
    Path source = Path.of(".");

    @Option(
            names = {"-k", "--kind"},
            description = "the archetype to use instead of the path's section")
    String kind;

    @Override
    public Integer call() {
        try {
            if (what.get(0).equals("site")) return newSite();
            if (what.size() == 2 && !what.get(0).equals("content")) {
                System.err.println("Error: say `site new content PATH`, `site new PATH` or `site new site DIR`");
                return 1;
            }
            String path = what.get(what.size() - 1);
            SiteConfig config = new ConfigLoader(new BuildLog()).load(BuildOptions.defaults(source));
            for (Path file : new NewContent(config, NewContent.now(config)).create(path, kind)) {
                System.out.println("Content \"" + file.toAbsolutePath().normalize() + "\" created");
            }
            return 0;
        } catch (LocatedException e) {
            for (LocatedError error : e.errors()) System.err.println("Error: " + error);
            return 1;
        }
    }

    private int newSite() {
        if (what.size() != 2) {
            System.err.println("Error: name the folder: site new site DIR");
            return 1;
        }
        Path dir = source.resolve(what.get(1));
        NewSite.create(dir, ZonedDateTime.now());
        System.out.println("Congratulations! Your new site is created in "
                + dir.toAbsolutePath().normalize() + ".");
        System.out.println("Preview it: cd " + what.get(1) + " && site serve");
        return 0;
    }
}
