package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs {@link Main} as a separate process, as a user would, and talks to it over HTTP. */
class MainProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:]+):(\\d+)");

    @Test
    void portZeroPicksAFreePortAndLogsIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "0"))
                .redirectErrorStream(true).start();
        try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String port = null;
            for (String line = log.readLine(); line != null; line = log.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    assertEquals("127.0.0.1", m.group(1));
                    port = m.group(2);
                    break;
                }
            }
            assertNotNull(port, "no 'listening on' line");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_ec2/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"implementedActions\""), health.body());
            HttpResponse<String> regions = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("Action=DescribeRegions&Version=2016-11-15")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, regions.statusCode());
            assertTrue(regions.body().contains("<regionName>us-east-1</regionName>"));
            assertIdleMemoryIsSet(process.pid());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void badOptionExitsWithAMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "nope")).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(output.contains("--port must be a port number"), output);
    }

    /**
     * Once start-up is over the process has set G1's periodic collection (IdleMemory): read with
     * {@code jcmd <pid> VM.flags -all}, the JDK's own tool. Skipped where jcmd is missing or the
     * process runs another collector (small machines get the serial one).
     */
    private static void assertIdleMemoryIsSet(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        assumeTrue(Files.isExecutable(jcmd), "no jcmd in this JDK");
        String flags = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Process query = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.flags", "-all")
                    .redirectErrorStream(true).start();
            flags = new String(query.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            query.waitFor(10, TimeUnit.SECONDS);
            assumeTrue(flags.contains("UseG1GC"), "jcmd cannot read the process's flags here: " + flags);
            assumeFalse(Pattern.compile("bool UseG1GC\\s+= false").matcher(flags).find(),
                    "the emulator process does not use G1");
            if (Pattern.compile("G1PeriodicGCInterval\\s+= " + IdleMemory.INTERVAL_MS + "\\b").matcher(flags).find()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("G1PeriodicGCInterval was not set to " + IdleMemory.INTERVAL_MS + ":\n" + flags);
    }
}
