package io.ec2emulator.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Lets an idle emulator give memory back to the operating system. Start-up leaves garbage in heap pages
 * that the JVM keeps committed (about 13 MiB with the SSH gateway); G1's periodic collection (JEP 346)
 * collects and uncommits them once no collection has run for {@link #INTERVAL_MS}. Emulators mostly
 * sit idle in CI between test runs, so that is when their memory matters.
 *
 * <p>{@code G1PeriodicGCInterval} is a manageable HotSpot option: it is set here at run time, only when
 * G1 is the collector and the user has not set the option ({@code -XX:G1PeriodicGCInterval=0} turns it
 * off). On another JVM or collector nothing changes.
 */
final class IdleMemory {

    static final String OPTION = "G1PeriodicGCInterval";
    static final long INTERVAL_MS = 15_000;

    private IdleMemory() {
    }

    /** Sets this JVM's periodic collection if it applies; returns whether it did. */
    static boolean returnWhenIdle() {
        return returnWhenIdle(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
    }

    /** Sets the periodic collection through {@code hotspot} if it applies; returns whether it did. */
    static boolean returnWhenIdle(HotSpotDiagnosticMXBean hotspot) {
        try {
            if (hotspot == null || !"true".equals(hotspot.getVMOption("UseG1GC").getValue())
                    || hotspot.getVMOption(OPTION).getOrigin() != VMOption.Origin.DEFAULT) {
                return false;
            }
            hotspot.setVMOption(OPTION, Long.toString(INTERVAL_MS));
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
