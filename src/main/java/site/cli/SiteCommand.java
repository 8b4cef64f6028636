package site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root `site` command; subcommands do the work. */
@Command(name = "site",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Hugo-compatible static site builder and board API in one jar.",
        subcommands = {VersionCommand.class, BuildCommand.class, ApiCommand.class})
public final class SiteCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI and returns the process exit code. */
    public static int run(String... args) {
        return new CommandLine(new SiteCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
