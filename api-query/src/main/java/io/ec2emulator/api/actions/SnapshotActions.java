package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.snapshots.Snapshot;
import io.ec2emulator.core.snapshots.Snapshots;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.CopySnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CopySnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.CreateSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;
import software.amazon.awssdk.services.ec2.model.InstanceSpecification;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifySnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.ResetSnapshotAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ResetSnapshotAttributeResponse;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;

/**
 * CreateSnapshot, CreateSnapshots, CopySnapshot, DeleteSnapshot, DescribeSnapshots and the snapshot
 * attributes ({@code createVolumePermission}, {@code productCodes}).
 */
public final class SnapshotActions implements ActionGroup {

    private static final String CREATE_VOLUME_PERMISSION = "createVolumePermission";
    private static final String PRODUCT_CODES = "productCodes";

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeSnapshots", DescribeSnapshotsRequest.class, this::describe)
                .register("CreateSnapshot", CreateSnapshotRequest.class, this::create, "VolumeId")
                .register("CreateSnapshots", CreateSnapshotsRequest.class, this::createForInstance,
                        "InstanceSpecification")
                .register("CopySnapshot", CopySnapshotRequest.class, this::copy, "SourceRegion", "SourceSnapshotId")
                .register("DeleteSnapshot", DeleteSnapshotRequest.class, this::delete, "SnapshotId")
                .register("DescribeSnapshotAttribute", DescribeSnapshotAttributeRequest.class, this::describeAttribute,
                        "Attribute", "SnapshotId")
                .register("ModifySnapshotAttribute", ModifySnapshotAttributeRequest.class, this::modifyAttribute,
                        "SnapshotId")
                .register("ResetSnapshotAttribute", ResetSnapshotAttributeRequest.class, this::resetAttribute,
                        "Attribute", "SnapshotId");
    }

    private DescribeSnapshotsResponse describe(ActionContext ctx, DescribeSnapshotsRequest r) {
        Page<Snapshot> page = ctx.state().snapshots().describe(r.snapshotIds(), r.ownerIds(), r.restorableByUserIds(),
                Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        return DescribeSnapshotsResponse.builder()
                .snapshots(page.items().stream().map(s -> software.amazon.awssdk.services.ec2.model.Snapshot.builder()
                        .snapshotId(s.snapshotId())
                        .volumeId(s.volumeId())
                        .volumeSize(s.volumeSize())
                        .state(s.state())
                        .progress(s.progress())
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

    private CreateSnapshotResponse create(ActionContext ctx, CreateSnapshotRequest r) {
        NotImplementedYet.reject("CreateSnapshot", "OutpostArn", r.outpostArn());
        NotImplementedYet.reject("CreateSnapshot", "Location", r.locationAsString());
        Snapshot s = ctx.state().snapshots().create(r.volumeId(), r.description(),
                Wire.tagSpecifications(r.tagSpecifications()));
        return CreateSnapshotResponse.builder()
                .snapshotId(s.snapshotId()).volumeId(s.volumeId()).volumeSize(s.volumeSize()).state(s.state())
                .progress(s.progress()).startTime(s.startTime()).description(s.description()).ownerId(s.ownerId())
                .encrypted(s.encrypted()).kmsKeyId(s.kmsKeyId()).storageTier("standard")
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(s.snapshotId())))
                .build();
    }

    private CreateSnapshotsResponse createForInstance(ActionContext ctx, CreateSnapshotsRequest r) {
        NotImplementedYet.reject("CreateSnapshots", "OutpostArn", r.outpostArn());
        NotImplementedYet.reject("CreateSnapshots", "Location", r.locationAsString());
        InstanceSpecification spec = r.instanceSpecification();
        if (spec.instanceId() == null) {
            throw Ec2Error.missingParameter("InstanceSpecification.InstanceId");
        }
        String copyTags = r.copyTagsFromSourceAsString();
        if (copyTags != null && !copyTags.equals("volume")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(copyTags)
                    + ") for parameter copyTagsFromSource is invalid.");
        }
        List<Snapshot> taken = ctx.state().snapshots().createForInstance(spec.instanceId(),
                Boolean.TRUE.equals(spec.excludeBootVolume()), spec.excludeDataVolumeIds(), r.description(),
                Wire.tagSpecifications(r.tagSpecifications()), copyTags != null);
        return CreateSnapshotsResponse.builder()
                .snapshots(taken.stream().map(s -> SnapshotInfo.builder()
                        .snapshotId(s.snapshotId()).volumeId(s.volumeId()).volumeSize(s.volumeSize()).state(s.state())
                        .progress(s.progress()).startTime(s.startTime()).description(s.description())
                        .ownerId(s.ownerId()).encrypted(s.encrypted())
                        .tags(Wire.sdkTags(ctx.state().tags().tagsOf(s.snapshotId())))
                        .build()).toList())
                .build();
    }

    private CopySnapshotResponse copy(ActionContext ctx, CopySnapshotRequest r) {
        NotImplementedYet.reject("CopySnapshot", "DestinationOutpostArn", r.destinationOutpostArn());
        NotImplementedYet.reject("CopySnapshot", "CompletionDurationMinutes", r.completionDurationMinutes());
        NotImplementedYet.reject("CopySnapshot", "DestinationAvailabilityZone", r.destinationAvailabilityZone());
        if (r.destinationRegion() != null && !r.destinationRegion().equals(ctx.region())) {
            throw Ec2Error.invalidParameterValue("The destination region " + Ec2Error.shorten(r.destinationRegion())
                    + " does not match the region of the request (" + ctx.region() + ").");
        }
        Snapshot s = ctx.state().snapshots().copy(r.sourceRegion(), r.sourceSnapshotId(), r.description(),
                Boolean.TRUE.equals(r.encrypted()), r.kmsKeyId(), Wire.tagSpecifications(r.tagSpecifications()));
        return CopySnapshotResponse.builder().snapshotId(s.snapshotId())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(s.snapshotId()))).build();
    }

    private DeleteSnapshotResponse delete(ActionContext ctx, DeleteSnapshotRequest r) {
        ctx.state().snapshots().delete(r.snapshotId());
        return DeleteSnapshotResponse.builder().build();
    }

    private static String attribute(String attribute) {
        if (!CREATE_VOLUME_PERMISSION.equals(attribute) && !PRODUCT_CODES.equals(attribute)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return attribute;
    }

    private DescribeSnapshotAttributeResponse describeAttribute(ActionContext ctx, DescribeSnapshotAttributeRequest r) {
        String attribute = attribute(r.attributeAsString());
        Snapshot s = ctx.state().snapshots().resources().require(r.snapshotId());
        var b = DescribeSnapshotAttributeResponse.builder().snapshotId(s.snapshotId());
        if (attribute.equals(PRODUCT_CODES)) {
            return b.productCodes(List.of()).build();
        }
        List<CreateVolumePermission> permissions = new ArrayList<>();
        if (s.isPublic()) {
            permissions.add(CreateVolumePermission.builder().group(PermissionGroup.ALL).build());
        }
        s.createVolumeUserIds().stream().sorted()
                .forEach(user -> permissions.add(CreateVolumePermission.builder().userId(user).build()));
        return b.createVolumePermissions(permissions).build();
    }

    private ModifySnapshotAttributeResponse modifyAttribute(ActionContext ctx, ModifySnapshotAttributeRequest r) {
        String attribute = r.attributeAsString() == null ? CREATE_VOLUME_PERMISSION : attribute(r.attributeAsString());
        if (attribute.equals(PRODUCT_CODES)) {
            throw Ec2Error.invalidParameterValue("The attribute productCodes of a snapshot cannot be modified.");
        }
        List<String> addUsers = new ArrayList<>();
        List<String> removeUsers = new ArrayList<>();
        boolean addAll = false;
        boolean removeAll = false;
        List<String> groups = new ArrayList<>(r.groupNames());
        if (r.createVolumePermission() != null) {
            for (CreateVolumePermission p : r.createVolumePermission().add()) {
                if (p.userId() != null) {
                    addUsers.add(p.userId());
                }
                if (p.groupAsString() != null) {
                    groups.add(p.groupAsString());
                    addAll |= "all".equals(p.groupAsString());
                }
            }
            for (CreateVolumePermission p : r.createVolumePermission().remove()) {
                if (p.userId() != null) {
                    removeUsers.add(p.userId());
                }
                if (p.groupAsString() != null) {
                    groups.add(p.groupAsString());
                    removeAll |= "all".equals(p.groupAsString());
                }
            }
        }
        if (!r.userIds().isEmpty() || !r.groupNames().isEmpty()) {
            if (r.operationTypeAsString() == null) {
                throw Ec2Error.missingParameter("OperationType");
            }
            boolean add = r.operationTypeAsString().equals("add");
            if (!add && !r.operationTypeAsString().equals("remove")) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(r.operationTypeAsString())
                        + ") for parameter operationType is invalid.");
            }
            (add ? addUsers : removeUsers).addAll(r.userIds());
            boolean all = r.groupNames().contains("all");
            addAll |= add && all;
            removeAll |= !add && all;
        }
        for (String group : groups) {
            if (!group.equals("all")) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(group)
                        + ") for parameter group is invalid. Only 'all' is supported.");
            }
        }
        if (addUsers.isEmpty() && removeUsers.isEmpty() && !addAll && !removeAll) {
            throw Ec2Error.missingParameter("CreateVolumePermission");
        }
        ctx.state().snapshots().modifyCreateVolumePermission(r.snapshotId(), addUsers, addAll, removeUsers, removeAll);
        return ModifySnapshotAttributeResponse.builder().build();
    }

    private ResetSnapshotAttributeResponse resetAttribute(ActionContext ctx, ResetSnapshotAttributeRequest r) {
        String attribute = attribute(r.attributeAsString());
        Snapshots snapshots = ctx.state().snapshots();
        snapshots.resources().require(r.snapshotId());
        if (attribute.equals(PRODUCT_CODES)) {
            throw Ec2Error.invalidParameterValue("Only the createVolumePermission attribute of a snapshot can be reset.");
        }
        snapshots.resetCreateVolumePermission(r.snapshotId());
        return ResetSnapshotAttributeResponse.builder().build();
    }
}
