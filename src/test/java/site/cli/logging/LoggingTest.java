package site.cli.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which lines each level lets through, for the application's loggers and the libraries'. */
class LoggingTest {
    private static final Logger APP = LoggerFactory.getLogger("site.api.Api");
    private static final Logger UNDERTOW = LoggerFactory.getLogger("io.undertow");
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void backToTheDefault() {
        Logging.plainOnStderr();
    }

    private List<String> messages() {
        return lines.stream()
                .map(line -> line.replaceAll(
                        ".*\"level\":\"(\\w+)\",\"logger\":\"([\\w.]+)\".*\"message\":\"([^\"]*)\".*", "$1 $2 $3"))
                .toList();
    }

    private void logEveryLevel() {
        APP.debug("app debug");
        APP.info("app info");
        APP.warn("app warn");
        UNDERTOW.debug("undertow debug");
        UNDERTOW.info("undertow info");
        UNDERTOW.warn("undertow warn");
    }

    @Test
    void infoShowsTheApplicationsInfoButOnlyTheLibrariesWarnings() {
        Logging.jsonLines(LogLevel.INFO, lines::add);
        logEveryLevel();
        assertEquals(
                List.of("INFO site.api.Api app info", "WARN site.api.Api app warn", "WARN io.undertow undertow warn"),
                messages());
    }

    @Test
    void warnHidesInfo() {
        Logging.jsonLines(LogLevel.WARN, lines::add);
        logEveryLevel();
        assertEquals(List.of("WARN site.api.Api app warn", "WARN io.undertow undertow warn"), messages());
    }

    @Test
    void debugShowsTheLibrariesDebugLinesToo() {
        Logging.jsonLines(LogLevel.DEBUG, lines::add);
        logEveryLevel();
        assertEquals(6, messages().size(), lines.toString());
    }

    @Test
    void theDefaultIsPlainWarningLinesOnStderr() {
        Logging.jsonLines(LogLevel.INFO, lines::add);
        Logging.plainOnStderr();
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            logEveryLevel();
        } finally {
            System.setErr(original);
        }
        String thread = Thread.currentThread().getName();
        assertEquals(
                "[" + thread + "] WARN site.api.Api - app warn\n[" + thread + "] WARN io.undertow - undertow warn\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), lines);
    }
}
