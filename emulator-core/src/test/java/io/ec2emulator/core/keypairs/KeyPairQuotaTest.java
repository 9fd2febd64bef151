package io.ec2emulator.core.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 5,000 key pairs per region quota. */
class KeyPairQuotaTest {

    private final RegionState region = new RegionState(new AccountRegion("123456789012", "us-east-1"),
            new ManualClock(Instant.parse("2026-01-01T00:00:00Z")));

    private KeyPairs.Created create(String name) {
        return region.transact(false, () -> region.keyPairs().create(name, KeyType.ED25519, KeyFormat.PEM, List.of()));
    }

    @Test
    void theFiveThousandAndFirstKeyPairIsRefusedUntilOneIsDeleted() {
        for (int i = 0; i < KeyPairs.MAX_KEY_PAIRS; i++) {
            create("key-" + i);
        }
        Ec2Error error = assertThrows(Ec2Error.class, () -> create("one-too-many"));
        assertEquals("ResourceLimitExceeded", error.code());
        assertEquals(400, error.httpStatus());
        assertEquals(KeyPairs.MAX_KEY_PAIRS, region.keyPairs().describe(List.of(), List.of(), List.of()).size());

        region.transact(false, () -> region.keyPairs().delete("key-0", null));
        assertEquals("one-too-many", create("one-too-many").keyPair().keyName());
    }
}
