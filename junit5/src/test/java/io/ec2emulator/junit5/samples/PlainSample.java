package io.ec2emulator.junit5.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A test class without the emulator: what JUnit itself costs, for comparison. */
public class PlainSample {

    @Test
    void nothing() {
        assertEquals(2, 1 + 1);
    }
}
