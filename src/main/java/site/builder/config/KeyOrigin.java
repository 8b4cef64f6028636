package site.builder.config;

import java.nio.file.Path;

/**
 * Where a config key was set, for messages that point at it.
 *
 * @param file the config file (null for a key from a HUGO_* environment variable)
 * @param line 1-based, 0 when unknown
 * @param key the key's dotted path as written there ({@code summaryLength}, {@code menu.main.0.weight})
 * @param format the file's format, which decides the Go type Hugo gave the value
 */
record KeyOrigin(Path file, int line, String key, DataFormat format) {}
