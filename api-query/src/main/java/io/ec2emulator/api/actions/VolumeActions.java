package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.volumes.Volume;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/** DescribeVolumes. */
public final class VolumeActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeVolumes", DescribeVolumesRequest.class, this::describe);
    }

    private DescribeVolumesResponse describe(ActionContext ctx, DescribeVolumesRequest request) {
        Page<Volume> page = ctx.state().volumes().describe(request.volumeIds(), Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        return DescribeVolumesResponse.builder()
                .volumes(page.items().stream().map(v -> software.amazon.awssdk.services.ec2.model.Volume.builder()
                        .volumeId(v.volumeId())
                        .size(v.size())
                        .volumeType(v.volumeType())
                        .iops(v.iops())
                        .throughput(v.throughput())
                        .snapshotId(v.snapshotId() == null ? "" : v.snapshotId())
                        .availabilityZone(v.availabilityZone())
                        .availabilityZoneId(v.availabilityZoneId())
                        .state(v.state())
                        .encrypted(v.encrypted())
                        .kmsKeyId(v.kmsKeyId())
                        .createTime(v.createTime())
                        .multiAttachEnabled(v.multiAttachEnabled())
                        .attachments(v.attachments().stream().map(a -> VolumeAttachment.builder()
                                .volumeId(v.volumeId())
                                .instanceId(a.instanceId())
                                .device(a.device())
                                .state(a.state())
                                .attachTime(a.attachTime())
                                .deleteOnTermination(a.deleteOnTermination())
                                .build()).toList())
                        .tags(Wire.sdkTags(ctx.state().tags().tagsOf(v.volumeId())))
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }
}
