package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The decision {@link IdleMemory} makes, against HotSpot option tables of the JVMs it may run in (this
 * test's own JVM cannot serve: its option may already have been set by a server another test started).
 * MainProcessTest checks the option on a real emulator process with {@code jcmd}.
 */
class IdleMemoryTest {

    @Test
    void setsThePeriodicCollectionOnG1WhenTheUserHasNot() {
        Options options = new Options(true, new VMOption(IdleMemory.OPTION, "0", true, VMOption.Origin.DEFAULT));
        assertTrue(IdleMemory.returnWhenIdle(options));
        assertEquals("15000", options.getVMOption(IdleMemory.OPTION).getValue());
        assertEquals(VMOption.Origin.MANAGEMENT, options.getVMOption(IdleMemory.OPTION).getOrigin());
        assertFalse(IdleMemory.returnWhenIdle(options), "set once");
    }

    @Test
    void keepsTheUsersSetting() {
        Options options = new Options(true, new VMOption(IdleMemory.OPTION, "0", true, VMOption.Origin.VM_CREATION));
        assertFalse(IdleMemory.returnWhenIdle(options));
        assertEquals("0", options.getVMOption(IdleMemory.OPTION).getValue());
    }

    @Test
    void leavesOtherCollectorsAndJvmsAlone() {
        Options serial = new Options(false, new VMOption(IdleMemory.OPTION, "0", true, VMOption.Origin.DEFAULT));
        assertFalse(IdleMemory.returnWhenIdle(serial));
        assertEquals("0", serial.getVMOption(IdleMemory.OPTION).getValue());
        assertFalse(IdleMemory.returnWhenIdle(new Options(true)), "a JVM without the option");
        assertFalse(IdleMemory.returnWhenIdle(null), "no HotSpot diagnostic bean");
    }

    /** A HotSpot option table: UseG1GC, and the options given; unknown names are refused as HotSpot does. */
    private static final class Options implements HotSpotDiagnosticMXBean {
        private final Map<String, VMOption> options = new HashMap<>();

        Options(boolean g1, VMOption... more) {
            options.put("UseG1GC", new VMOption("UseG1GC", Boolean.toString(g1), false, VMOption.Origin.ERGONOMIC));
            for (VMOption option : more) {
                options.put(option.getName(), option);
            }
        }

        @Override
        public VMOption getVMOption(String name) {
            VMOption option = options.get(name);
            if (option == null) {
                throw new IllegalArgumentException("VM option \"" + name + "\" does not exist");
            }
            return option;
        }

        @Override
        public void setVMOption(String name, String value) {
            VMOption old = getVMOption(name);
            options.put(name, new VMOption(name, value, old.isWriteable(), VMOption.Origin.MANAGEMENT));
        }

        @Override
        public List<VMOption> getDiagnosticOptions() {
            return List.copyOf(options.values());
        }

        @Override
        public void dumpHeap(String outputFile, boolean live) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ObjectName getObjectName() {
            return null;
        }
    }
}
