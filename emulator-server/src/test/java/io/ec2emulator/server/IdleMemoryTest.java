package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The periodic collection is set once, on G1, and never over the user's own setting. */
class IdleMemoryTest {

    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void setsThePeriodicCollectionOnlyWhereTheUserHasNot() {
        assumeTrue("true".equals(hotspot.getVMOption("UseG1GC").getValue()), "this test JVM does not use G1");
        assumeTrue(hotspot.getVMOption(IdleMemory.OPTION).getOrigin() == VMOption.Origin.DEFAULT,
                "this test JVM was started with " + IdleMemory.OPTION + " set");
        try {
            assertTrue(IdleMemory.returnWhenIdle());
            assertEquals(Long.toString(IdleMemory.INTERVAL_MS), hotspot.getVMOption(IdleMemory.OPTION).getValue());

            hotspot.setVMOption(IdleMemory.OPTION, "0");
            assertFalse(IdleMemory.returnWhenIdle(), "a value set by someone else is kept");
            assertEquals("0", hotspot.getVMOption(IdleMemory.OPTION).getValue());
        } finally {
            hotspot.setVMOption(IdleMemory.OPTION, "0");
        }
    }
}
