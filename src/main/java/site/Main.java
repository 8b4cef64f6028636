package site;

import site.cli.SiteCommand;

/** Entry point: runs the picocli root command. The only place that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SiteCommand.run(args));
    }
}
