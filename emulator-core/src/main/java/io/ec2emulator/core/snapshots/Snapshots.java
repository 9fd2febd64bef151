package io.ec2emulator.core.snapshots;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import java.time.Instant;
import java.util.List;

/**
 * The EBS snapshots of one account and region: those CreateImage and CopyImage take, completing after
 * the image delay. (CreateSnapshot, sharing and copying build on this.)
 */
public final class Snapshots {

    static final ResourceKind<Snapshot> KIND = new ResourceKind<>("snap", "snapshot", Snapshot::snapshotId,
            "InvalidSnapshot.NotFound", "The snapshot '%s' does not exist.", "InvalidSnapshotID.Malformed",
            FilterSpec.<Snapshot>builder()
                    .single("snapshot-id", Snapshot::snapshotId)
                    .single("volume-id", Snapshot::volumeId)
                    .single("volume-size", Snapshot::volumeSize)
                    .indexed("status", "status", Snapshot::state)
                    .single("owner-id", Snapshot::ownerId)
                    .single("description", Snapshot::description)
                    .single("encrypted", Snapshot::encrypted)
                    .single("progress", s -> s.state().equals("completed") ? "100%" : "0%")
                    .single("start-time", s -> s.startTime().toString())
                    .tags()
                    .build(),
            5, 1000);

    private final RegionState region;
    private final Resources<Snapshot> snapshots;

    public Snapshots(RegionState region) {
        this.region = region;
        this.snapshots = new Resources<>(region, KIND);
        region.registerTimed(this::advanceTo);
    }

    public Resources<Snapshot> resources() {
        return snapshots;
    }

    /** Takes a snapshot of a volume of {@code size} GiB; it completes after the configured image delay. */
    public Snapshot take(String volumeId, int size, String description, boolean encrypted, String kmsKeyId) {
        Snapshot snapshot = new Snapshot(snapshots.newId(), volumeId, size, "pending", region.clock().instant(), null,
                description, region.accountId(), encrypted, kmsKeyId);
        snapshots.put(snapshot);
        return snapshot;
    }

    /** DescribeSnapshots over this account's snapshots. */
    public Page<Snapshot> describe(List<String> ids, List<String> ownerIds, List<FilterCriterion> filters,
                                   Integer maxResults, String nextToken) {
        for (String owner : ownerIds) {
            if (!owner.equals("self") && !owner.equals(region.accountId()) && !owner.equals("amazon")
                    && !owner.matches("\\d{12}")) {
                throw Ec2Error.client("InvalidUserID.Malformed", "Invalid user id: \"" + Ec2Error.shorten(owner) + "\"");
            }
        }
        boolean mine = ownerIds.isEmpty() || ownerIds.contains("self") || ownerIds.contains(region.accountId());
        Page<Snapshot> page = snapshots.describe(ids, filters, maxResults, nextToken);
        return mine ? page : new Page<>(List.of(), null);
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(snapshots.store().lookup("status", "pending"))) {
            Snapshot snapshot = snapshots.require(id);
            Instant due = snapshot.startTime().plus(region.settings().imageDelay());
            if (!due.isAfter(now)) {
                snapshots.put(snapshot.completedAt(due));
            }
        }
    }
}
