package io.ec2emulator.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link StartupMeasurement} in a fresh JVM and prints its numbers (see
 * target/surefire-reports/*StartupMeasurementTest-output.txt). It checks only that the measurement
 * ran: time limits would fail on a busy machine, the numbers go to docs/performance.md.
 */
class StartupMeasurementTest {

    @Test
    void measuresWhatTheExtensionAddsToATestClass() throws Exception {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartupMeasurement.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(4, output.lines().filter(line -> line.startsWith("startup-measurement:")).count(), output);
    }
}
