package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.filter.PageRequest;
import io.ec2emulator.core.images.EbsMapping;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageQueries;
import io.ec2emulator.core.images.ImageQuery;
import io.ec2emulator.core.images.ImageTimes;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.ProductCode;
import software.amazon.awssdk.services.ec2.model.StateReason;

/** DescribeImages over the region's public catalog (and, later, the account's own images). */
public final class ImageActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeImages", DescribeImagesRequest.class, this::describe);
    }

    private DescribeImagesResponse describe(ActionContext ctx, DescribeImagesRequest request) {
        ImageQuery query = new ImageQuery(request.imageIds(), request.owners(), request.executableUsers(),
                Boolean.TRUE.equals(request.includeDeprecated()), Boolean.TRUE.equals(request.includeDisabled()),
                Wire.filters(request.filters()));
        Page<Image> page = ImageQueries.forRegion(ctx.state())
                .describe(query, PageRequest.of(request.maxResults(), request.nextToken(), 5, 1000));
        return DescribeImagesResponse.builder()
                .images(page.items().stream().map(i -> toSdk(ctx, i)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.Image toSdk(ActionContext ctx, Image i) {
        return software.amazon.awssdk.services.ec2.model.Image.builder()
                .imageId(i.imageId())
                .name(i.name())
                .description(i.description())
                .ownerId(i.ownerId())
                .imageOwnerAlias(i.ownerAlias())
                .imageLocation(i.imageLocation())
                .state(i.state())
                .stateReason(i.stateReason() == null ? null : StateReason.builder()
                        .code(i.stateReason().code()).message(i.stateReason().message()).build())
                .publicLaunchPermissions(i.isPublic())
                .creationDate(ImageTimes.format(i.creationDate()))
                .deprecationTime(ImageTimes.format(i.deprecationTime()))
                .architecture(i.architecture())
                .imageType(i.imageType())
                .platform(i.platform())
                .platformDetails(i.platformDetails())
                .usageOperation(i.usageOperation())
                .kernelId(i.kernelId())
                .ramdiskId(i.ramdiskId())
                .productCodes(i.productCodes().stream().map(p -> ProductCode.builder()
                        .productCodeId(p.productCodeId()).productCodeType(p.productCodeType()).build()).toList())
                .rootDeviceType(i.rootDeviceType())
                .rootDeviceName(i.rootDeviceName())
                .blockDeviceMappings(i.blockDeviceMappings().stream().map(ImageActions::toSdk).toList())
                .virtualizationType(i.virtualizationType())
                .hypervisor(i.hypervisor())
                .enaSupport(i.enaSupport())
                .sriovNetSupport(i.sriovNetSupport())
                .bootMode(i.bootMode())
                .tpmSupport(i.tpmSupport())
                .imdsSupport(i.imdsSupport())
                .sourceImageId(i.sourceImageId())
                .sourceImageRegion(i.sourceImageRegion())
                .sourceInstanceId(i.sourceInstanceId())
                .freeTierEligible(i.freeTierEligible())
                .deregistrationProtection(i.deregistrationProtection())
                .lastLaunchedTime(ImageTimes.format(i.lastLaunchedTime()))
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(i.imageId())))
                .build();
    }

    static BlockDeviceMapping toSdk(io.ec2emulator.core.images.BlockDeviceMapping m) {
        EbsMapping ebs = m.ebs();
        return BlockDeviceMapping.builder()
                .deviceName(m.deviceName())
                .virtualName(m.virtualName())
                .noDevice(m.noDevice())
                .ebs(ebs == null ? null : EbsBlockDevice.builder()
                        .snapshotId(ebs.snapshotId())
                        .volumeSize(ebs.volumeSize())
                        .volumeType(ebs.volumeType())
                        .deleteOnTermination(ebs.deleteOnTermination())
                        .encrypted(ebs.encrypted())
                        .iops(ebs.iops())
                        .throughput(ebs.throughput())
                        .kmsKeyId(ebs.kmsKeyId())
                        .build())
                .build();
    }
}
