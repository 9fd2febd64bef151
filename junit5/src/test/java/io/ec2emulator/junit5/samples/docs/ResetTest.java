package io.ec2emulator.junit5.samples.docs;

// Copied verbatim from docs/testing.md; DocExamplesTest runs it.
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

@Ec2Emulator(resetBetweenTests = true)
class ResetTest {

    Ec2Client ec2;

    @BeforeEach
    void fixture() {
        ec2.createKeyPair(r -> r.keyName("fixture"));
    }

    @Test
    void first() {
        ec2.createKeyPair(r -> r.keyName("first"));
        assertEquals(2, ec2.describeKeyPairs().keyPairs().size());
    }

    @Test
    void second() {
        assertEquals(1, ec2.describeKeyPairs().keyPairs().size());   // "first" is gone
    }
}
