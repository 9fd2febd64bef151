package io.ec2emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link StartupMeasurement} in fresh JVMs and prints its numbers (see
 * target/surefire-reports/*StartupMeasurementTest-output.txt): first the baseline (a class that builds its
 * own client for an emulator in a third JVM), then the classes with the extension, and the difference
 * between the two first classes, which is what the extension adds. It checks only that the measurements
 * ran: time limits would fail on a busy machine, the numbers go to docs/performance.md.
 */
class StartupMeasurementTest {

    private static final Pattern WALL = Pattern.compile("startup-measurement: first class .* wall +(\\d+) ms, CPU +(\\d+) ms");

    @Test
    void measuresWhatTheExtensionAddsToATestClass() throws Exception {
        Process server = java(MeasurementServer.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String endpoint = endpointOf(server);
            String baseline = run(StartupMeasurement.class.getName(), "--sdk-only", endpoint);
            assertEquals(2, measurements(baseline), baseline);
            String extension = run(StartupMeasurement.class.getName());
            assertEquals(4, measurements(extension), extension);

            long[] sdkOnly = firstClass(baseline);
            long[] withExtension = firstClass(extension);
            System.out.println(baseline + extension + String.format(Locale.ROOT,
                    "startup-measurement: the extension adds to the first class        wall %5d ms, CPU %5d ms%n",
                    withExtension[0] - sdkOnly[0], withExtension[1] - sdkOnly[1]));
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The endpoint the measurement server prints ({@code listening <endpoint>}), within two minutes. */
    private static String endpointOf(Process server) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith("listening http://127.0.0.1:")) {
                        return line.substring("listening ".length());
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String endpoint = listening.get(120, TimeUnit.SECONDS);
        assertNotNull(endpoint, "the measurement server ended without printing its endpoint");
        return endpoint;
    }

    private static ProcessBuilder java(String... mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command);
    }

    /** Runs a JVM to its end (at most two minutes) and returns what it printed. */
    private static String run(String... mainAndArgs) throws Exception {
        Path output = Files.createTempFile("startup-measurement", ".txt");
        try {
            Process process = java(mainAndArgs).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no end after two minutes: " + Files.readString(output));
            }
            String printed = Files.readString(output);
            assertEquals(0, process.exitValue(), printed);
            return printed;
        } finally {
            Files.delete(output);
        }
    }

    private static long measurements(String output) {
        return output.lines().filter(line -> line.startsWith("startup-measurement:")).count();
    }

    /** Wall-clock and CPU milliseconds of the output's first class that makes a call. */
    private static long[] firstClass(String output) {
        Matcher matcher = WALL.matcher(output);
        assertTrue(matcher.find(), output);
        return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
    }
}
