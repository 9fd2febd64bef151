package io.ec2emulator.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ec2emulator.junit5.samples.FirstCallSample;
import io.ec2emulator.junit5.samples.HandBuiltClientSample;
import io.ec2emulator.junit5.samples.PlainSample;
import io.ec2emulator.junit5.samples.TenFreshEmulatorsSample;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * What a test class using {@link Ec2Emulator} adds, in a fresh JVM: a plain test class first (JUnit's
 * own start-up), then the first class with the emulator (emulator and SDK classes loaded, server
 * started, client built, one call), a second such class, and ten tests with an emulator each.
 * With {@code --sdk-only ENDPOINT} it measures the baseline instead: a plain class, then the first class
 * that builds its own client (as the extension builds the injected one) for an emulator already running
 * in another process, and makes the same call: what the AWS SDK costs any test, whatever it calls.
 * The first class with the extension minus this baseline is what the extension adds.
 * Prints the wall-clock time and the process's CPU time (all threads, the JIT's included) of each step;
 * {@code StartupMeasurementTest} runs it. Wall-clock times grow with the machine's load, CPU times less.
 */
public final class StartupMeasurement {

    private StartupMeasurement() {
    }

    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--sdk-only")) {
            System.setProperty(HandBuiltClientSample.ENDPOINT_PROPERTY, args[1]);
            System.out.println(line("plain test class (JUnit warm-up)", run(PlainSample.class)));
            System.out.println(line("first class with its own Ec2Client, one call", run(HandBuiltClientSample.class)));
            return;
        }
        System.out.println(line("plain test class (JUnit warm-up)", run(PlainSample.class)));
        System.out.println(line("first class with @Ec2Emulator, one call", run(FirstCallSample.class)));
        System.out.println(line("second class with @Ec2Emulator, one call", run(FirstCallSample.class)));
        System.out.println(line("10 tests with PER_METHOD, one call each", run(TenFreshEmulatorsSample.class)));
    }

    /** Wall-clock and process CPU milliseconds of running {@code sample}. */
    private static long[] run(Class<?> sample) {
        long started = System.nanoTime();
        long cpu = cpuMillis();
        long failed = EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute().testEvents()
                .failed().count();
        long[] millis = {(System.nanoTime() - started) / 1_000_000, cpuMillis() - cpu};
        if (failed > 0) {
            throw new IllegalStateException(sample.getSimpleName() + " failed");
        }
        return millis;
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static String line(String what, long[] millis) {
        return String.format(Locale.ROOT, "startup-measurement: %-45s wall %5d ms, CPU %5d ms", what, millis[0],
                millis[1]);
    }
}
