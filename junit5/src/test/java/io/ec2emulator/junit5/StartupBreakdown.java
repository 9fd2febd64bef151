package io.ec2emulator.junit5;

import io.ec2emulator.api.actions.StandardActions;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.api.dispatch.Dispatcher;
import io.ec2emulator.api.http.Ec2HttpServer;
import io.ec2emulator.api.http.ServerOptions;
import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Where the first emulator of a JVM spends its time: the steps {@link Ec2EmulatorHandle#start} and the
 * injected client go through, one after the other on one thread (no overlap, no JUnit), each with its
 * wall-clock time, the thread's CPU time, the process's CPU time (JIT and GC threads included) and the
 * number of classes loaded. Run it in a fresh JVM:
 * {@code java -cp <junit5 test class path> io.ec2emulator.junit5.StartupBreakdown}. The sum is more than
 * the extension's first class costs, which overlaps the server's and the SDK's start (see
 * docs/performance.md).
 */
public final class StartupBreakdown {

    private long wall = System.nanoTime();
    private long threadCpu = threadCpuNanos();
    private long processCpu = processCpuNanos();
    private long classes = loadedClasses();

    private StartupBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        StartupBreakdown steps = new StartupBreakdown();
        ActionRegistry registry = StandardActions.registry();
        steps.print("action registry (StandardActions.registry())");
        Emulator emulator = new Emulator(Clock.systemUTC(), EmulatorSettings.instant());
        steps.print("new Emulator");
        try (Ec2HttpServer server = new Ec2HttpServer(emulator, registry,
                ServerOptions.defaults().withBindAddress("127.0.0.1").withPort(0).withPooledBuffers(false))) {
            InetSocketAddress address = server.start();
            steps.print("HTTP server built and bound (Netty)");
            new Dispatcher(emulator, registry, ServerOptions.DEFAULT_ACCOUNT_ID)
                    .dispatch(Map.of("Action", "DescribeRegions", "Version", "2016-11-15"), null);
            steps.print("first DescribeRegions, in-process (server's warm-up)");
            SdkHttpClient http = LoopbackConnections.httpClient();
            steps.print("HTTP client (LoopbackConnections)");
            try (Ec2Client client = Ec2Client.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:" + address.getPort()))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("000000000000", "test")))
                    .httpClient(http)
                    .build()) {
                steps.print("Ec2Client built");
                client.describeRegions(r -> r.regionNames("us-east-1"));
                steps.print("first SDK call (DescribeRegions over HTTP)");
                client.describeRegions(r -> r.regionNames("us-east-1"));
                steps.print("second SDK call");
            }
        }
        steps.print("client closed, server stopped");
    }

    private void print(String step) {
        long nowWall = System.nanoTime();
        long nowThread = threadCpuNanos();
        long nowProcess = processCpuNanos();
        long nowClasses = loadedClasses();
        System.out.println(String.format(Locale.ROOT,
                "startup-breakdown: %-52s wall %5d ms, thread CPU %5d ms, process CPU %5d ms, classes %5d", step,
                (nowWall - wall) / 1_000_000, (nowThread - threadCpu) / 1_000_000,
                (nowProcess - processCpu) / 1_000_000, nowClasses - classes));
        wall = nowWall;
        threadCpu = nowThread;
        processCpu = nowProcess;
        classes = nowClasses;
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long loadedClasses() {
        return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }
}
