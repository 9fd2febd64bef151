package io.ec2emulator.core.images;

import io.ec2emulator.core.filter.FilterSpec;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code DescribeImages} filters other than the tag filters (which {@link ImageQueries} answers from the
 * caller's tags): every filter of the EC2 API reference whose answer the emulator knows, and a few on fields
 * the reference does not list as filters ({@code platform-details}, seen working on EC2, and
 * {@code usage-operation}, {@code boot-mode}, {@code imds-support}, {@code tpm-support},
 * {@code deprecation-time}). {@code image-allowed} is left out: Allowed AMIs are not emulated.
 */
final class ImageFilters {

    static final FilterSpec<Image> SPEC = FilterSpec.<Image>builder()
            .single("architecture", Image::architecture)
            .many("block-device-mapping.delete-on-termination", ebs(EbsMapping::deleteOnTermination))
            .many("block-device-mapping.device-name", i -> i.blockDeviceMappings().stream()
                    .map(BlockDeviceMapping::deviceName).toList())
            .many("block-device-mapping.snapshot-id", ebs(EbsMapping::snapshotId))
            .many("block-device-mapping.volume-size", ebs(EbsMapping::volumeSize))
            .many("block-device-mapping.volume-type", ebs(EbsMapping::volumeType))
            .many("block-device-mapping.encrypted", ebs(EbsMapping::encrypted))
            .single("boot-mode", Image::bootMode)
            .single("creation-date", i -> ImageTimes.format(i.creationDate()))
            .single("deprecation-time", i -> ImageTimes.format(i.deprecationTime()))
            .single("description", Image::description)
            .single("ena-support", Image::enaSupport)
            .single("free-tier-eligible", Image::freeTierEligible)
            .single("hypervisor", Image::hypervisor)
            .single("image-id", Image::imageId)
            .single("image-type", Image::imageType)
            .single("imds-support", Image::imdsSupport)
            .single("is-public", Image::isPublic)
            .single("kernel-id", Image::kernelId)
            .single("manifest-location", Image::imageLocation)
            .single("name", Image::name)
            .single("owner-alias", Image::ownerAlias)
            .single("owner-id", Image::ownerId)
            .single("platform", Image::platform)
            .single("platform-details", Image::platformDetails)
            .many("product-code", i -> i.productCodes().stream().map(Image.ProductCode::productCodeId).toList())
            .many("product-code.type", i -> i.productCodes().stream().map(Image.ProductCode::productCodeType).toList())
            .single("ramdisk-id", Image::ramdiskId)
            .single("root-device-name", Image::rootDeviceName)
            .single("root-device-type", Image::rootDeviceType)
            .single("source-image-id", Image::sourceImageId)
            .single("source-image-region", Image::sourceImageRegion)
            .single("source-instance-id", Image::sourceInstanceId)
            .single("sriov-net-support", Image::sriovNetSupport)
            .single("state", Image::state)
            .single("state-reason-code", i -> i.stateReason() == null ? null : i.stateReason().code())
            .single("state-reason-message", i -> i.stateReason() == null ? null : i.stateReason().message())
            .single("tpm-support", Image::tpmSupport)
            .single("usage-operation", Image::usageOperation)
            .single("virtualization-type", Image::virtualizationType)
            .build();

    /** Filters whose literal values the sources' indexes answer, and the index each one uses. */
    static final Map<String, String> INDEXED = Map.of(
            "name", ImageSource.BY_NAME,
            "owner-id", ImageSource.BY_OWNER,
            "owner-alias", ImageSource.BY_ALIAS);

    private ImageFilters() {
    }

    /** The values of one EBS field over the image's EBS mappings (instance store mappings have none). */
    private static Function<Image, Collection<String>> ebs(Function<EbsMapping, ?> field) {
        return image -> image.blockDeviceMappings().stream()
                .map(BlockDeviceMapping::ebs)
                .filter(Objects::nonNull)
                .map(field)
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .toList();
    }

    /** Whether {@code name} is one of the tag filters ({@code tag:<key>}, {@code tag-key}, {@code tag-value}). */
    static boolean isTagFilter(String name) {
        return name != null && ((name.startsWith("tag:") && name.length() > 4)
                || name.equals("tag-key") || name.equals("tag-value"));
    }
}
