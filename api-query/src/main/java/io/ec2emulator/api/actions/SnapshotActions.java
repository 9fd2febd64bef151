package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.snapshots.Snapshot;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;

/** DescribeSnapshots. */
public final class SnapshotActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeSnapshots", DescribeSnapshotsRequest.class, this::describe);
    }

    private DescribeSnapshotsResponse describe(ActionContext ctx, DescribeSnapshotsRequest r) {
        NotImplementedYet.reject("DescribeSnapshots", "RestorableBy", r.restorableByUserIds());
        Page<Snapshot> page = ctx.state().snapshots().describe(r.snapshotIds(), r.ownerIds(), Wire.filters(r.filters()),
                r.maxResults(), r.nextToken());
        return DescribeSnapshotsResponse.builder()
                .snapshots(page.items().stream().map(s -> software.amazon.awssdk.services.ec2.model.Snapshot.builder()
                        .snapshotId(s.snapshotId())
                        .volumeId(s.volumeId())
                        .volumeSize(s.volumeSize())
                        .state(s.state())
                        .progress(s.state().equals("completed") ? "100%" : "0%")
                        .startTime(s.startTime())
                        .completionTime(s.completionTime())
                        .description(s.description())
                        .ownerId(s.ownerId())
                        .encrypted(s.encrypted())
                        .kmsKeyId(s.kmsKeyId())
                        .storageTier("standard")
                        .tags(Wire.sdkTags(ctx.state().tags().tagsOf(s.snapshotId())))
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
