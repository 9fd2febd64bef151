package io.ec2emulator.junit5.samples.docs;

// Copied verbatim from docs/testing.md; DocExamplesTest runs it.
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.junit5.Ec2Emulator;
import io.ec2emulator.junit5.Ec2Emulator.Lifecycle;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;

@Ec2Emulator(lifecycle = Lifecycle.PER_METHOD)
class IsolatedTest {

    Ec2Client ec2;   // a new client of a new emulator for every test

    @Test
    void startsEmpty() {
        assertEquals(0, ec2.describeKeyPairs().keyPairs().size());
        ec2.createKeyPair(r -> r.keyName("only-here"));
    }

    @Test
    void startsEmptyToo() {
        assertEquals(0, ec2.describeKeyPairs().keyPairs().size());
    }
}
