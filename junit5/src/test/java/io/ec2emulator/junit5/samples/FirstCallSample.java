package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The smallest real use: start the emulator, make one SDK call. */
@Ec2Emulator
public class FirstCallSample {

    @Test
    void oneCall(Ec2Client ec2) {
        assertEquals("us-east-1", ec2.describeRegions(r -> r.regionNames("us-east-1")).regions().get(0).regionName());
    }
}
