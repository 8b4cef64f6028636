package site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bin/site runs the packaged jar, and SITE_JAVA_OPTS replaces its JVM settings. */
class LauncherIT {
    private static String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "bin/site";
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/site did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void runsThePackagedJar() throws Exception {
        assertTrue(run(Map.of(), "version").startsWith("site "));
    }

    @Test
    void siteJavaOptsReplaceTheDefaults() throws Exception {
        String out = run(Map.of("SITE_JAVA_OPTS", "-XshowSettings:vm"), "version");
        assertTrue(out.contains("VM settings"), out);
    }
}
