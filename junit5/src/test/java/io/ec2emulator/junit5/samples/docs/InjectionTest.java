package io.ec2emulator.junit5.samples.docs;

// Copied verbatim from docs/testing.md; DocExamplesTest runs it.
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import io.ec2emulator.junit5.Ec2Endpoint;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

@Ec2Emulator(region = "eu-west-1", accountId = "123456789012")
class InjectionTest {

    static Ec2EmulatorHandle emulator;   // set before @BeforeAll
    Ec2Client ec2;                       // set for every test instance
    @Ec2Endpoint URI endpoint;           // http://127.0.0.1:<port>

    @BeforeAll
    static void sharedKey(Ec2Client ec2) {
        ec2.createKeyPair(r -> r.keyName("shared"));
    }

    @Test
    void everyWayReachesTheSameEmulator(Ec2EmulatorHandle handle, @Ec2Endpoint URI endpointParameter) {
        assertEquals(emulator.endpoint(), endpoint);
        assertEquals(endpoint, endpointParameter);
        assertEquals("eu-west-1a", ec2.describeAvailabilityZones().availabilityZones().get(0).zoneName());
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());

        // Another account in the same region has its own, empty, state.
        Ec2Client other = handle.client("210987654321", "eu-west-1");   // closed with the emulator
        assertEquals(0, other.describeKeyPairs().keyPairs().size());
    }
}
