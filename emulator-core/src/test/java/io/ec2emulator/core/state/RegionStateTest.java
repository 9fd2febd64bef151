package io.ec2emulator.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.tags.Tag;
import io.ec2emulator.core.tags.TagSpecification;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every action is all-or-nothing: a failure or a dry run leaves stores, indexes and tags as they were. */
class RegionStateTest {

    private final RegionState region = new RegionState(new AccountRegion("123456789012", "us-east-1"),
            new ManualClock(Instant.parse("2026-01-01T00:00:00Z")));

    @Test
    void failedActionIsRolledBackIncludingIndexesAndTags() {
        region.transact(false, () -> region.keyPairs().create("kept", KeyType.ED25519, KeyFormat.PEM, List.of()));
        Ec2Error error = assertThrows(Ec2Error.class, () -> region.transact(false, () -> {
            region.keyPairs().create("half", KeyType.ED25519, KeyFormat.PEM,
                    List.of(new TagSpecification("key-pair", List.of(new Tag("a", "b")))));
            region.keyPairs().delete("kept", null);
            throw Ec2Error.invalidParameterValue("late failure");
        }));
        assertEquals("late failure", error.getMessage());
        assertTrue(region.keyPairs().byName("kept").isPresent());
        assertTrue(region.keyPairs().byName("half").isEmpty());
        assertTrue(region.tags().all().isEmpty());
        assertTrue(region.tags().resourcesWithTag("a", "b").isEmpty());
    }

    @Test
    void dryRunUndoesEverythingAndAnswersDryRunOperation() {
        Ec2Error error = assertThrows(Ec2Error.class, () -> region.transact(true,
                () -> region.keyPairs().create("dry", KeyType.ED25519, KeyFormat.PEM,
                        List.of(new TagSpecification("key-pair", List.of(new Tag("x", "y")))))));
        assertEquals("DryRunOperation", error.code());
        assertEquals(412, error.httpStatus());
        assertTrue(region.keyPairs().byName("dry").isEmpty());
        assertTrue(region.tags().resourcesWithKey("x").isEmpty());
    }

    @Test
    void generatedIdsHaveSeventeenHexDigits() {
        IdGenerator ids = new IdGenerator(42);
        for (int i = 0; i < 1000; i++) {
            String id = ids.next("key");
            assertTrue(id.matches("key-[0-9a-f]{17}"), id);
            assertTrue(IdGenerator.isWellFormed(id, "key"));
        }
        assertTrue(IdGenerator.isWellFormed("i-1234abcd", "i"));
        assertTrue(!IdGenerator.isWellFormed("i-1234abcdZ", "i") && !IdGenerator.isWellFormed("key-123", "key"));
    }
}
