package io.ec2emulator.core.snapshots;

import java.time.Instant;

/** An EBS snapshot: a point-in-time copy of a volume, {@code pending} until it is {@code completed}. */
public record Snapshot(String snapshotId, String volumeId, int volumeSize, String state, Instant startTime,
                       Instant completionTime, String description, String ownerId, boolean encrypted, String kmsKeyId) {

    public Snapshot completedAt(Instant time) {
        return new Snapshot(snapshotId, volumeId, volumeSize, "completed", startTime, time, description, ownerId,
                encrypted, kmsKeyId);
    }
}
