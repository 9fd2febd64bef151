package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.volumes.VolumeModification;
import java.time.Instant;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesModificationsResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeResponse;

/** ModifyVolume and DescribeVolumesModifications (Elastic Volumes). */
public final class VolumeModificationActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("ModifyVolume", ModifyVolumeRequest.class, this::modify, "VolumeId")
                .register("DescribeVolumesModifications", DescribeVolumesModificationsRequest.class, this::describe);
    }

    private ModifyVolumeResponse modify(ActionContext ctx, ModifyVolumeRequest r) {
        VolumeModification m = ctx.state().volumes().modifications().modify(r.volumeId(), r.size(),
                r.volumeTypeAsString(), r.iops(), r.throughput(), r.multiAttachEnabled());
        return ModifyVolumeResponse.builder().volumeModification(wire(m, ctx.state().clock().instant())).build();
    }

    private DescribeVolumesModificationsResponse describe(ActionContext ctx, DescribeVolumesModificationsRequest r) {
        Page<VolumeModification> page = ctx.state().volumes().modifications().describe(r.volumeIds(),
                Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        Instant now = ctx.state().clock().instant();
        return DescribeVolumesModificationsResponse.builder()
                .volumesModifications(page.items().stream().map(m -> wire(m, now)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.VolumeModification wire(VolumeModification m,
                                                                                     Instant now) {
        return software.amazon.awssdk.services.ec2.model.VolumeModification.builder()
                .volumeId(m.volumeId())
                .modificationState(m.state())
                .originalSize(m.originalSize())
                .originalIops(m.originalIops())
                .originalVolumeType(m.originalVolumeType())
                .originalThroughput(m.originalThroughput())
                .originalMultiAttachEnabled(m.originalMultiAttach())
                .targetSize(m.targetSize())
                .targetIops(m.targetIops())
                .targetVolumeType(m.targetVolumeType())
                .targetThroughput(m.targetThroughput())
                .targetMultiAttachEnabled(m.targetMultiAttach())
                .progress(m.progressAt(now))
                .startTime(m.startTime())
                .endTime(m.endTime())
                .build();
    }
}
