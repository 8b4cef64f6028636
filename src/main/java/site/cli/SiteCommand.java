package site.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root `site` command; subcommands do the work. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Hugo-compatible static site builder and board API in one jar.")
public final class SiteCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs the CLI and returns the process exit code. picocli builds every registered command's model by
     * reflection before it parses anything, so `site api` registers only itself: the server's time to ready
     * does not pay for the builder's options.
     */
    public static int run(String... args) {
        args = hugoAlone(args);
        CommandLine cli = new CommandLine(new SiteCommand());
        if (args.length > 0 && args[0].equals("api")) {
            cli.addSubcommand(new ApiCommand());
        } else {
            cli.addSubcommand(new VersionCommand())
                    .addSubcommand(new BuildCommand())
                    .addSubcommand(new ServeCommand())
                    .addSubcommand(new NewCommand())
                    .addSubcommand(new ApiCommand());
        }
        cli.getSubcommands().get("api").getCommandSpec().usageMessage().footer(ApiSetting.helpText());
        return cli.setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** `site` alone, or with only build flags (`site --minify`), builds, as `hugo` does; help and version stay. */
    static String[] hugoAlone(String[] args) {
        boolean flagsOnly = args.length == 0
                || args[0].startsWith("-")
                        && !java.util.List.of("-h", "--help", "-V", "--version").contains(args[0]);
        if (!flagsOnly) return args;
        String[] out = new String[args.length + 1];
        out[0] = "build";
        System.arraycopy(args, 0, out, 1, args.length);
        return out;
    }
}
