package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.junit5.Ec2EmulatorExtension;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension on its own, without the annotation: the defaults, and no manual clock. */
@ExtendWith(Ec2EmulatorExtension.class)
public class SystemClockSample {

    @Test
    void defaults(Ec2EmulatorHandle emulator) {
        assertEquals("us-east-1", emulator.region());
        assertEquals("000000000000", emulator.accountId());
        assertEquals("us-east-1", emulator.client().describeRegions(r -> r.regionNames("us-east-1")).regions().get(0)
                .regionName());
        assertThrows(IllegalStateException.class, emulator::clock);
    }
}
