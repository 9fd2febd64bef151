package io.ec2emulator.junit5.samples;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2Emulator.Lifecycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** A per-test emulator cannot be given to @BeforeAll: the class fails with a clear message. */
@Ec2Emulator(lifecycle = Lifecycle.PER_METHOD)
public class PerMethodInBeforeAllSample {

    @BeforeAll
    static void tooEarly(Ec2Client ec2) {
        ec2.describeRegions();
    }

    @Test
    void never() {
    }
}
