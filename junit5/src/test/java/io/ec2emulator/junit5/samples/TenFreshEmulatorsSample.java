package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2Emulator.Lifecycle;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Ten tests, each with its own emulator and one call. */
@Ec2Emulator(lifecycle = Lifecycle.PER_METHOD)
public class TenFreshEmulatorsSample {

    @RepeatedTest(10)
    void oneCall(Ec2Client ec2) {
        assertEquals(0, ec2.describeKeyPairs().keyPairs().size());
    }
}
