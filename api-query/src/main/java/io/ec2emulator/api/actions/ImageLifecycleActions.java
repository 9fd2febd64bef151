package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.images.AccountImages;
import io.ec2emulator.core.images.EbsMapping;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageQueries;
import io.ec2emulator.core.images.ImageRegistration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CopyImageRequest;
import software.amazon.awssdk.services.ec2.model.CopyImageResponse;
import software.amazon.awssdk.services.ec2.model.CreateImageRequest;
import software.amazon.awssdk.services.ec2.model.CreateImageResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSnapshotReturnCode;
import software.amazon.awssdk.services.ec2.model.DeregisterImageRequest;
import software.amazon.awssdk.services.ec2.model.DeregisterImageResponse;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ModifyImageAttributeResponse;
import software.amazon.awssdk.services.ec2.model.RegisterImageRequest;
import software.amazon.awssdk.services.ec2.model.RegisterImageResponse;
import software.amazon.awssdk.services.ec2.model.ResetImageAttributeRequest;
import software.amazon.awssdk.services.ec2.model.ResetImageAttributeResponse;

/**
 * CreateImage, RegisterImage, CopyImage, DeregisterImage, and the image attributes (launch
 * permissions, description).
 */
public final class ImageLifecycleActions implements ActionGroup {

    private static final Set<String> ATTRIBUTES = Set.of("description", "kernel", "ramdisk", "launchPermission",
            "productCodes", "blockDeviceMapping", "sriovNetSupport", "bootMode", "tpmSupport", "uefiData",
            "lastLaunchedTime", "imdsSupport", "deregistrationProtection");

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateImage", CreateImageRequest.class, this::create, "InstanceId", "Name")
                .register("RegisterImage", RegisterImageRequest.class, this::register, "Name")
                .register("CopyImage", CopyImageRequest.class, this::copy, "Name", "SourceImageId", "SourceRegion")
                .register("DeregisterImage", DeregisterImageRequest.class, this::deregister, "ImageId")
                .register("DescribeImageAttribute", DescribeImageAttributeRequest.class, this::describeAttribute,
                        "ImageId", "Attribute")
                .register("ModifyImageAttribute", ModifyImageAttributeRequest.class, this::modifyAttribute, "ImageId")
                .register("ResetImageAttribute", ResetImageAttributeRequest.class, this::resetAttribute,
                        "ImageId", "Attribute");
    }

    private CreateImageResponse create(ActionContext ctx, CreateImageRequest r) {
        NotImplementedYet.reject("CreateImage", "SnapshotLocation", r.snapshotLocationAsString());
        NotImplementedYet.reject("CreateImage", "BootModeOverride", r.bootModeOverrideAsString());
        Image image = ctx.state().images().createImage(r.instanceId(), r.name(), r.description(),
                Boolean.TRUE.equals(r.noReboot()), Wire.tagSpecifications(r.tagSpecifications()),
                mappings(r.blockDeviceMappings()));
        return CreateImageResponse.builder().imageId(image.imageId()).build();
    }

    private RegisterImageResponse register(ActionContext ctx, RegisterImageRequest r) {
        NotImplementedYet.reject("RegisterImage", "BillingProduct", r.billingProducts());
        NotImplementedYet.reject("RegisterImage", "KernelId", r.kernelId());
        NotImplementedYet.reject("RegisterImage", "RamdiskId", r.ramdiskId());
        NotImplementedYet.reject("RegisterImage", "UefiData", r.uefiData());
        List<io.ec2emulator.core.images.BlockDeviceMapping> mappings = mappings(r.blockDeviceMappings());
        Image image = ctx.state().images().register(new ImageRegistration(r.name(), r.description(),
                r.architectureAsString(), r.rootDeviceName(), mappings, r.imageLocation(), r.virtualizationType(),
                r.enaSupport(), r.sriovNetSupport(), r.bootModeAsString(), r.tpmSupportAsString(),
                r.imdsSupportAsString(), Wire.tagSpecifications(r.tagSpecifications())));
        return RegisterImageResponse.builder().imageId(image.imageId()).build();
    }

    /** The SDK's block device mappings in the core's terms (EBS, instance store, or suppressed). */
    private static List<io.ec2emulator.core.images.BlockDeviceMapping> mappings(List<BlockDeviceMapping> requested) {
        List<io.ec2emulator.core.images.BlockDeviceMapping> mappings = new ArrayList<>();
        for (BlockDeviceMapping m : requested) {
            if (m.ebs() != null) {
                var e = m.ebs();
                mappings.add(io.ec2emulator.core.images.BlockDeviceMapping.ebs(m.deviceName(),
                        new EbsMapping(e.snapshotId(), e.volumeSize(), e.volumeTypeAsString(), e.deleteOnTermination(),
                                e.encrypted(), e.iops(), e.throughput(), e.kmsKeyId())));
            } else if (m.virtualName() != null) {
                mappings.add(io.ec2emulator.core.images.BlockDeviceMapping.instanceStore(m.deviceName(), m.virtualName()));
            } else if (m.noDevice() != null) {
                mappings.add(new io.ec2emulator.core.images.BlockDeviceMapping(m.deviceName(), null, null, m.noDevice()));
            }
        }
        return mappings;
    }

    private CopyImageResponse copy(ActionContext ctx, CopyImageRequest r) {
        NotImplementedYet.reject("CopyImage", "KmsKeyId", r.kmsKeyId());
        NotImplementedYet.reject("CopyImage", "DestinationOutpostArn", r.destinationOutpostArn());
        NotImplementedYet.reject("CopyImage", "CopyImageTags", r.copyImageTags());
        NotImplementedYet.reject("CopyImage", "SnapshotCopyCompletionDurationMinutes", r.snapshotCopyCompletionDurationMinutes());
        NotImplementedYet.reject("CopyImage", "DestinationAvailabilityZone", r.destinationAvailabilityZone());
        NotImplementedYet.reject("CopyImage", "DestinationAvailabilityZoneId", r.destinationAvailabilityZoneId());
        Image image = ctx.state().images().copy(r.sourceRegion(), r.sourceImageId(), r.name(), r.description(),
                Boolean.TRUE.equals(r.encrypted()), Wire.tagSpecifications(r.tagSpecifications()),
                ctx.emulator()::launchableImage);
        return CopyImageResponse.builder().imageId(image.imageId()).build();
    }

    private DeregisterImageResponse deregister(ActionContext ctx, DeregisterImageRequest r) {
        List<String> deleted = ctx.state().images().deregister(r.imageId(), Boolean.TRUE.equals(r.deleteAssociatedSnapshots()));
        var response = DeregisterImageResponse.builder().returnValue(true);
        if (Boolean.TRUE.equals(r.deleteAssociatedSnapshots())) {
            response.deleteSnapshotResults(deleted.stream()
                    .map(id -> DeleteSnapshotReturnCode.builder().snapshotId(id).returnCode("success").build()).toList());
        }
        return response.build();
    }

    private DescribeImageAttributeResponse describeAttribute(ActionContext ctx, DescribeImageAttributeRequest r) {
        String attribute = r.attributeAsString();
        if (!ATTRIBUTES.contains(attribute)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        AccountImages images = ctx.state().images();
        Image image = attribute.equals("launchPermission") ? images.requireOwned(r.imageId()) : visible(ctx, r.imageId());
        var b = DescribeImageAttributeResponse.builder().imageId(image.imageId());
        switch (attribute) {
            case "description" -> b.description(value(image.description()));
            case "kernel" -> b.kernelId(value(image.kernelId()));
            case "ramdisk" -> b.ramdiskId(value(image.ramdiskId()));
            case "launchPermission" -> {
                List<LaunchPermission> permissions = new ArrayList<>();
                if (image.isPublic()) {
                    permissions.add(LaunchPermission.builder().group("all").build());
                }
                images.launchPermissions(image.imageId()).stream().sorted()
                        .forEach(account -> permissions.add(LaunchPermission.builder().userId(account).build()));
                b.launchPermissions(permissions);
            }
            case "productCodes" -> b.productCodes(List.of());
            case "blockDeviceMapping" -> b.blockDeviceMappings(image.blockDeviceMappings().stream()
                    .map(ImageActions::toSdk).toList());
            case "sriovNetSupport" -> b.sriovNetSupport(value(image.sriovNetSupport()));
            case "bootMode" -> b.bootMode(value(image.bootMode()));
            case "tpmSupport" -> b.tpmSupport(value(image.tpmSupport()));
            case "uefiData" -> b.uefiData(value(null));
            case "lastLaunchedTime" -> b.lastLaunchedTime(value(image.lastLaunchedTime() == null ? null
                    : image.lastLaunchedTime().toString()));
            case "imdsSupport" -> b.imdsSupport(value(image.imdsSupport()));
            case "deregistrationProtection" -> b.deregistrationProtection(value("disabled"));
            default -> throw new IllegalStateException(attribute);
        }
        return b.build();
    }

    private static Image visible(ActionContext ctx, String imageId) {
        if (!ImageQueries.looksLikeId(imageId)) {
            return ctx.state().images().requireOwned(imageId);
        }
        return ImageQueries.forRegion(ctx.state()).find(imageId)
                .orElseGet(() -> ctx.state().images().requireOwned(imageId));
    }

    private ModifyImageAttributeResponse modifyAttribute(ActionContext ctx, ModifyImageAttributeRequest r) {
        NotImplementedYet.reject("ModifyImageAttribute", "ProductCode", r.productCodes());
        NotImplementedYet.reject("ModifyImageAttribute", "OrganizationArn", r.organizationArns());
        NotImplementedYet.reject("ModifyImageAttribute", "OrganizationalUnitArn", r.organizationalUnitArns());
        NotImplementedYet.reject("ModifyImageAttribute", "ImdsSupport", r.imdsSupport());
        AccountImages images = ctx.state().images();
        List<String> addUsers = new ArrayList<>();
        List<String> removeUsers = new ArrayList<>();
        boolean addAll = false;
        boolean removeAll = false;
        boolean launchPermission = false;
        if (r.launchPermission() != null) {
            launchPermission = true;
            for (LaunchPermission p : r.launchPermission().add()) {
                if (p.userId() != null) {
                    addUsers.add(p.userId());
                }
                addAll |= "all".equals(p.groupAsString());
            }
            for (LaunchPermission p : r.launchPermission().remove()) {
                if (p.userId() != null) {
                    removeUsers.add(p.userId());
                }
                removeAll |= "all".equals(p.groupAsString());
            }
        }
        if ("launchPermission".equals(r.attribute())) {
            launchPermission = true;
            boolean add = !"remove".equals(r.operationTypeAsString());
            (add ? addUsers : removeUsers).addAll(r.userIds());
            boolean all = r.userGroups().contains("all");
            addAll |= add && all;
            removeAll |= !add && all;
        }
        for (String group : r.userGroups()) {
            if (!group.equals("all")) {
                throw Ec2Error.client("InvalidAMIAttributeItemValue", "Invalid attribute item value \""
                        + Ec2Error.shorten(group) + "\" for group item type.");
            }
        }
        if (launchPermission) {
            images.modifyLaunchPermission(r.imageId(), addUsers, addAll, removeUsers, removeAll);
        } else if (r.description() != null || "description".equals(r.attribute())) {
            images.modifyDescription(r.imageId(), r.description() != null ? r.description().value() : r.value());
        } else {
            throw Ec2Error.missingParameter("Attribute");
        }
        return ModifyImageAttributeResponse.builder().build();
    }

    private ResetImageAttributeResponse resetAttribute(ActionContext ctx, ResetImageAttributeRequest r) {
        if (!"launchPermission".equals(r.attributeAsString())) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(r.attributeAsString())
                    + ") for parameter attribute is invalid. Only launchPermission can be reset.");
        }
        ctx.state().images().resetLaunchPermission(r.imageId());
        return ResetImageAttributeResponse.builder().build();
    }

    private static AttributeValue value(String value) {
        return AttributeValue.builder().value(value).build();
    }
}
