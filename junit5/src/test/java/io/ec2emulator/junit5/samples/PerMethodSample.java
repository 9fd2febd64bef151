package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2Emulator.Lifecycle;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** A fresh emulator for every test, in another region and account. */
@Ec2Emulator(lifecycle = Lifecycle.PER_METHOD, region = "eu-west-1", accountId = "123456789012")
public class PerMethodSample {

    static Ec2EmulatorHandle emulator;
    Ec2Client ec2;

    @RepeatedTest(3)
    void everyTestStartsEmpty(Ec2EmulatorHandle handle) {
        assertEquals(emulator, handle);
        assertEquals(0, ec2.describeKeyPairs().keyPairs().size());
        ec2.createKeyPair(r -> r.keyName("mine"));
        assertEquals("eu-west-1a", ec2.describeAvailabilityZones().availabilityZones().get(0).zoneName());
        try (Ec2Client otherAccount = handle.client("000000000000", "eu-west-1")) {
            assertEquals(0, otherAccount.describeKeyPairs().keyPairs().size());
        }
        Seen.add(handle.endpoint());
    }

    @AfterEach
    void sameEmulatorAfterTheTest(Ec2EmulatorHandle handle) {
        assertEquals(emulator, handle);
        assertEquals("123456789012", handle.accountId());
    }
}
