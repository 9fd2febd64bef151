package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.volumes.Volume;
import io.ec2emulator.core.volumes.VolumeRequest;
import io.ec2emulator.core.volumes.Volumes;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeRequest;
import software.amazon.awssdk.services.ec2.model.DeleteVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumeStatusResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyVolumeAttributeResponse;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;
import software.amazon.awssdk.services.ec2.model.VolumeStatusDetails;
import software.amazon.awssdk.services.ec2.model.VolumeStatusInfo;
import software.amazon.awssdk.services.ec2.model.VolumeStatusItem;

/** CreateVolume, DeleteVolume, DescribeVolumes, DescribeVolumeStatus, Describe/ModifyVolumeAttribute. */
public final class VolumeActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateVolume", CreateVolumeRequest.class, this::create)
                .register("DeleteVolume", DeleteVolumeRequest.class, this::delete, "VolumeId")
                .register("DescribeVolumes", DescribeVolumesRequest.class, this::describe)
                .register("DescribeVolumeStatus", DescribeVolumeStatusRequest.class, this::describeStatus)
                .register("DescribeVolumeAttribute", DescribeVolumeAttributeRequest.class, this::describeAttribute,
                        "Attribute", "VolumeId")
                .register("ModifyVolumeAttribute", ModifyVolumeAttributeRequest.class, this::modifyAttribute,
                        "VolumeId");
    }

    private CreateVolumeResponse create(ActionContext ctx, CreateVolumeRequest r) {
        Volume v = ctx.state().volumes().create(new VolumeRequest(r.size(), r.snapshotId(), r.availabilityZone(),
                r.availabilityZoneId(), r.volumeTypeAsString(), r.iops(), r.throughput(), r.encrypted(), r.kmsKeyId(),
                Boolean.TRUE.equals(r.multiAttachEnabled()), r.clientToken(),
                Wire.tagSpecifications(r.tagSpecifications())));
        return CreateVolumeResponse.builder()
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
                .attachments(List.of())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(v.volumeId())))
                .build();
    }

    private DeleteVolumeResponse delete(ActionContext ctx, DeleteVolumeRequest request) {
        ctx.state().volumes().delete(request.volumeId());
        return DeleteVolumeResponse.builder().build();
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

    private DescribeVolumeStatusResponse describeStatus(ActionContext ctx, DescribeVolumeStatusRequest request) {
        Page<Volume> page = ctx.state().volumes().describeStatus(request.volumeIds(), Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        return DescribeVolumeStatusResponse.builder()
                .volumeStatuses(page.items().stream().map(v -> VolumeStatusItem.builder()
                        .volumeId(v.volumeId())
                        .availabilityZone(v.availabilityZone())
                        .availabilityZoneId(v.availabilityZoneId())
                        .volumeStatus(VolumeStatusInfo.builder()
                                .status(Volumes.status(v))
                                .details(VolumeStatusDetails.builder().name("io-enabled")
                                                .status(Volumes.ioEnabled(v)).build(),
                                        VolumeStatusDetails.builder().name("io-performance")
                                                .status("not-applicable").build())
                                .build())
                        .actions(List.of())
                        .events(List.of())
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeVolumeAttributeResponse describeAttribute(ActionContext ctx, DescribeVolumeAttributeRequest r) {
        String attribute = r.attributeAsString();
        Volume v = ctx.state().volumes().describeAttribute(r.volumeId(), attribute);
        DescribeVolumeAttributeResponse.Builder response = DescribeVolumeAttributeResponse.builder()
                .volumeId(v.volumeId());
        if (attribute.equals("autoEnableIO")) {
            response.autoEnableIO(AttributeBooleanValue.builder().value(v.autoEnableIo()).build());
        } else {
            response.productCodes(List.of());
        }
        return response.build();
    }

    private ModifyVolumeAttributeResponse modifyAttribute(ActionContext ctx, ModifyVolumeAttributeRequest r) {
        ctx.state().volumes().modifyAttribute(r.volumeId(), r.autoEnableIO() == null ? null : r.autoEnableIO().value());
        return ModifyVolumeAttributeResponse.builder().build();
    }
}
