package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** resetBetweenTests: every test sees only what its own @BeforeEach made. */
@Ec2Emulator(resetBetweenTests = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ResetSample {

    Ec2Client ec2;

    @BeforeEach
    void fixture() {
        ec2.createKeyPair(r -> r.keyName("fixture"));
    }

    @Test
    @Order(1)
    void first() {
        ec2.createKeyPair(r -> r.keyName("first"));
        assertEquals(2, ec2.describeKeyPairs().keyPairs().size());
    }

    @Test
    @Order(2)
    void second() {
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());
        assertEquals("fixture", ec2.describeKeyPairs().keyPairs().get(0).keyName());
    }
}
