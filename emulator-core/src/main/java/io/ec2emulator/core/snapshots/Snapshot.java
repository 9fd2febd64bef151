package io.ec2emulator.core.snapshots;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * An EBS snapshot: a point-in-time copy of a volume, {@code pending} until it is {@code completed}.
 * Immutable; a change is a new version.
 *
 * @param volumeId                   the source volume ({@code vol-ffffffff} for a copy, as EC2 answers)
 * @param createVolumeUserIds        the accounts the owner shares the snapshot with
 * @param isPublic                   whether the {@code all} group may create volumes from it
 */
public record Snapshot(String snapshotId, String volumeId, int volumeSize, String state, Instant startTime,
                       Instant completionTime, String description, String ownerId, boolean encrypted, String kmsKeyId,
                       Set<String> createVolumeUserIds, boolean isPublic) {

    /** The state of a snapshot whose data is all there. */
    public static final String COMPLETED = "completed";
    /** The state of a snapshot being taken or copied. */
    public static final String PENDING = "pending";

    public Snapshot {
        createVolumeUserIds = Set.copyOf(new TreeSet<>(createVolumeUserIds == null ? Set.of() : createVolumeUserIds));
    }

    public Snapshot completedAt(Instant time) {
        return new Snapshot(snapshotId, volumeId, volumeSize, COMPLETED, startTime, time, description, ownerId,
                encrypted, kmsKeyId, createVolumeUserIds, isPublic);
    }

    /** This snapshot with other create-volume permissions. */
    public Snapshot withPermissions(Set<String> userIds, boolean publicGroup) {
        return new Snapshot(snapshotId, volumeId, volumeSize, state, startTime, completionTime, description, ownerId,
                encrypted, kmsKeyId, userIds, publicGroup);
    }

    /** This snapshot as it is at {@code now}: completed once {@code delay} after its start has passed. */
    public Snapshot asOf(Instant now, Duration delay) {
        Instant due = startTime.plus(delay);
        return PENDING.equals(state) && !due.isAfter(now) ? completedAt(due) : this;
    }

    /** Whether {@code accountId} may create volumes from (and so see) this snapshot. */
    public boolean restorableBy(String accountId) {
        return ownerId.equals(accountId) || isPublic || createVolumeUserIds.contains(accountId);
    }

    /** EC2's {@code Progress}: {@code 100%} once completed. */
    public String progress() {
        return COMPLETED.equals(state) ? "100%" : "0%";
    }
}
