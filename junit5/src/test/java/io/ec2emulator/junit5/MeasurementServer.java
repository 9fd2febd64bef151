package io.ec2emulator.junit5;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * An emulator in its own JVM for {@link StartupMeasurement}'s baseline. It answers one call, waits until
 * its JVM is idle (so that its start-up does not compete with the measured JVM for the CPU), prints
 * {@code listening <endpoint>} and runs until its standard input closes.
 */
public final class MeasurementServer {

    private MeasurementServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Ec2EmulatorHandle emulator = Ec2EmulatorHandle.start("us-east-1", "000000000000", true, false);
        emulator.client().describeRegions();
        waitUntilIdle();
        System.out.println("listening " + emulator.endpoint());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until the parent closes our standard input (or exits)
        }
        emulator.stop();
    }

    /** Until the process used under 5 ms of CPU in 100 ms (JIT compilation and warm-up threads done), at most 5 s. */
    private static void waitUntilIdle() throws InterruptedException {
        long last = cpuNanos();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            long now = cpuNanos();
            if (now - last < 5_000_000) {
                return;
            }
            last = now;
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
