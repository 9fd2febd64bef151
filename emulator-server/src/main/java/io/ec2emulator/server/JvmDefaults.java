package io.ec2emulator.server;

/**
 * System properties the emulator's own process sets before anything else runs, each only when the
 * user has not set it ({@code java -D…} or {@code JAVA_TOOL_OPTIONS}).
 *
 * <p>{@code io.netty.jfr.enabled=false}: Netty 4.2's pooled allocators report their allocations as JFR
 * events, and registering those event types costs the first request after start-up 0.15–0.2 s
 * (docs/performance.md). The events serve someone profiling Netty itself; {@code -Dio.netty.jfr.enabled=true}
 * turns them back on. (The JUnit extension, a guest in the test's JVM, leaves the property alone and
 * gives its server unpooled buffers instead.)
 */
final class JvmDefaults {

    static final String NETTY_JFR = "io.netty.jfr.enabled";

    private JvmDefaults() {
    }

    static void apply() {
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
    }
}
