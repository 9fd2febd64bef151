package io.ec2emulator.server.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines from many threads come out whole, each once, and soon. */
class LineWriterTest {

    @Test
    void everyLineComesOutWholeOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineWriter writer = new LineWriter(out);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    writer.write(("{\"thread\":" + thread + ",\"line\":" + i + "}\n").getBytes(StandardCharsets.UTF_8));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<String> lines;
        do {
            Thread.sleep(10);
            synchronized (out) {
                lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            }
        } while (lines.size() < 8_000 && System.nanoTime() < deadline);
        assertEquals(8_000, lines.size());
        Set<String> distinct = new HashSet<>(lines);
        assertEquals(8_000, distinct.size());
        assertTrue(distinct.stream().allMatch(line -> line.matches("\\{\"thread\":\\d,\"line\":\\d+}")));
    }
}
