package site.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** `site version`: prints the version the jar was built as. */
@Command(name = "version", description = "Print the version.")
public final class VersionCommand implements Runnable {
    @Override
    public void run() {
        System.out.println(version());
    }

    static String version() {
        String v = VersionCommand.class.getPackage().getImplementationVersion();
        return "site " + (v == null ? "dev" : v) + " (java " + Runtime.version() + ")";
    }

    /** Lets `site --version` print the same line. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }
}
