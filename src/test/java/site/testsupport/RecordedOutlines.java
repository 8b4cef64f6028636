package site.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The file form of recorded outlines (DOM or feed): a "== path" line before each file's outline lines. */
public final class RecordedOutlines {
    private static final String SEPARATOR = "== ";

    private RecordedOutlines() {}

    public static String format(Map<String, List<String>> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((path, lines) -> {
            s.append(SEPARATOR).append(path).append('\n');
            lines.forEach(l -> s.append(l).append('\n'));
        });
        return s.toString();
    }

    public static Map<String, List<String>> parse(String recorded) {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> current = null;
        for (String line : recorded.split("\n")) {
            if (line.startsWith(SEPARATOR)) out.put(line.substring(SEPARATOR.length()), current = new ArrayList<>());
            else if (current != null && !line.isEmpty()) current.add(line);
        }
        return out;
    }

    public static Map<String, List<String>> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static void write(Map<String, List<String>> files, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, format(files), StandardCharsets.UTF_8);
    }
}
