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
        return "site " + jarVersion() + " (java " + Runtime.version() + ")";
    }

    /** The version in the jar's manifest; "dev" when run from classes, which have none. */
    static String jarVersion() {
        String v = VersionCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Lets `site --version` print the same line. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }
}
