package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2EmulatorHandle;
import io.ec2emulator.junit5.Ec2Endpoint;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** One emulator for the class: static, instance, constructor and parameter injection all see it. */
@Ec2Emulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class PerClassSample {

    static Ec2EmulatorHandle emulator;
    static Ec2Client staticClient;

    @Ec2Endpoint
    URI endpoint;
    Ec2Client ec2;
    private final Ec2Client fromConstructor;

    PerClassSample(Ec2Client fromConstructor) {
        this.fromConstructor = fromConstructor;
    }

    @BeforeAll
    static void keyPairForAll(Ec2Client ec2, Ec2EmulatorHandle handle) {
        assertSame(emulator, handle);
        assertSame(staticClient, ec2);
        ec2.createKeyPair(r -> r.keyName("made-in-before-all"));
        Seen.add(handle.endpoint());
    }

    @Test
    @Order(1)
    void fieldsAndParametersAreTheSameEmulator(Ec2Client client, @Ec2Endpoint URI endpointParameter) {
        assertNotNull(endpoint);
        assertEquals(emulator.endpoint(), endpoint);
        assertEquals(endpoint, endpointParameter);
        assertSame(client, ec2);
        assertSame(client, fromConstructor);
        assertSame(client, staticClient);
        assertEquals("us-east-1", emulator.region());
        assertEquals(1, client.describeKeyPairs().keyPairs().size());
        client.createKeyPair(r -> r.keyName("made-in-test-1"));
        Seen.add(endpoint);
    }

    @Test
    @Order(2)
    void stateStaysBetweenTestsWithoutReset() {
        assertEquals(2, ec2.describeKeyPairs().keyPairs().size());
        Seen.add(endpoint);
    }
}
