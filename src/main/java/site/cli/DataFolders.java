package site.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded database's folder, made if missing; checked first, as H2 would print its own stack traces. */
final class DataFolders {
    private DataFolders() {}

    static void prepare(Path data) {
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new StartupFailure.Said("the data folder " + data + " is a file, not a folder (set --data)");
        }
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new StartupFailure.Said(
                    "cannot create the data folder " + data + ": " + e.getMessage() + " (set --data)");
        }
        if (!Files.isWritable(data))
            throw new StartupFailure.Said("the data folder " + data + " is not writable (set --data)");
    }
}
