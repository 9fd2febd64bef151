package io.ec2emulator.core.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.ImageDirectory;
import io.ec2emulator.core.network.PublicIpv4Pool;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Publishing to the snapshot directory only on commit, and the shared view of a snapshot. */
class SnapshotDirectoryTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SnapshotDirectory directory = new SnapshotDirectory();
    private final RegionState region = new RegionState(new AccountRegion("111111111111", "us-east-1"), clock,
            EmulatorSettings.defaults(), new PublicIpv4Pool(EmulatorSettings.DEFAULT_PUBLIC_IP_POOL), new ImageDirectory(),
            ConcurrentHashMap.newKeySet(), directory);

    @Test
    void publishesCommittedChangesOnly() {
        Snapshot taken = region.transact(false, () -> region.snapshots().take("vol-12345678", 8, "d", false, null));
        assertEquals(taken, directory.find("us-east-1", taken.snapshotId()).orElseThrow());
        assertThrows(() -> region.transact(false, () -> {
            region.snapshots().resources().remove(taken.snapshotId());
            throw new IllegalStateException("fails");
        }));
        assertTrue(directory.find("us-east-1", taken.snapshotId()).isPresent(), "a failed action publishes nothing");
        region.transact(false, () -> {
            region.snapshots().resources().remove(taken.snapshotId());
            return null;
        });
        assertFalse(directory.find("us-east-1", taken.snapshotId()).isPresent());
    }

    @Test
    void sharedViewCompletesOnTimeAndKnowsWhoMayRestore() {
        Snapshot pending = new Snapshot("snap-12345678", "vol-12345678", 8, Snapshot.PENDING, clock.instant(), null,
                null, "111111111111", false, null, Set.of("222222222222"), false);
        assertEquals(Snapshot.PENDING, pending.asOf(clock.instant().plusSeconds(1), Duration.ofSeconds(2)).state());
        Snapshot done = pending.asOf(clock.instant().plusSeconds(2), Duration.ofSeconds(2));
        assertEquals(Snapshot.COMPLETED, done.state());
        assertEquals("100%", done.progress());
        assertTrue(pending.restorableBy("111111111111"));
        assertTrue(pending.restorableBy("222222222222"));
        assertFalse(pending.restorableBy("333333333333"));
        assertTrue(pending.withPermissions(Set.of(), true).restorableBy("333333333333"));
    }

    private static void assertThrows(Runnable call) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, call::run);
    }
}
