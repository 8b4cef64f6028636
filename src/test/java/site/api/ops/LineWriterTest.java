package site.api.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineWriterTest {
    @Test
    void everyLineFromManyThreadsIsWrittenOnceByClose() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) writer.accept(thread + ":" + i);
            });
            worker.start();
            threads.add(worker);
        }
        for (Thread thread : threads) thread.join();
        writer.close();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(20_000, lines.length);
        assertEquals(20_000, java.util.Arrays.stream(lines).distinct().count());
    }

    @Test
    void linesAfterCloseAreWrittenDirectly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out);
        writer.close();
        writer.accept("late");
        assertEquals("late\n", out.toString(StandardCharsets.UTF_8));
    }
}
