package io.ec2emulator.core.images;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Machine Image with every field {@code DescribeImages} answers, plus two of the emulator's own:
 * {@link #defaultUser()}, the OS login user (what the SSH gateway logs in as), and {@link #osRelease()}.
 * Values are EC2's wire values ({@code x86_64}, {@code ebs}, {@code hvm}, …); a null field is absent from
 * the answer. Immutable; a change is a new version built with {@link #toBuilder()}.
 *
 * @param imageId                  {@code ami-} and 17 hex digits
 * @param imageLocation            {@code <alias or owner id>/<name>} for EBS images, the S3 manifest for instance-store
 * @param state                    {@code available}, {@code pending}, {@code failed}, {@code disabled}, …
 * @param platform                 {@code windows} for Windows images, otherwise null
 * @param rootDeviceType           {@code ebs} or {@code instance-store}
 * @param deprecationTime          when the image counts as deprecated, or null if never
 */
public record Image(
        String imageId, String name, String description, String ownerId, String ownerAlias, String imageLocation,
        String state, StateReason stateReason, boolean isPublic, Instant creationDate, Instant deprecationTime,
        String architecture, String imageType, String platform, String platformDetails, String usageOperation,
        String kernelId, String ramdiskId, List<ProductCode> productCodes,
        String rootDeviceType, String rootDeviceName, List<BlockDeviceMapping> blockDeviceMappings,
        String virtualizationType, String hypervisor, Boolean enaSupport, String sriovNetSupport,
        String bootMode, String tpmSupport, String imdsSupport,
        String sourceImageId, String sourceImageRegion, String sourceInstanceId,
        Boolean freeTierEligible, String deregistrationProtection, Instant lastLaunchedTime,
        String defaultUser, OsRelease osRelease) {

    /** The {@code rootDeviceType} of an image whose root is an EBS volume. */
    public static final String ROOT_EBS = "ebs";
    /** The {@code rootDeviceType} of an image whose root is an instance store volume. */
    public static final String ROOT_INSTANCE_STORE = "instance-store";
    /** The {@code state} of an image that can be launched. */
    public static final String STATE_AVAILABLE = "available";
    /** The {@code state} of a disabled image. */
    public static final String STATE_DISABLED = "disabled";

    /**
     * Why an image is in its state.
     *
     * @param code    for example {@code Client.InstanceTerminated}
     * @param message the explanation
     */
    public record StateReason(String code, String message) {
    }

    /**
     * A product code attached to an image.
     *
     * @param productCodeId   the product code
     * @param productCodeType {@code devpay} or {@code marketplace}
     */
    public record ProductCode(String productCodeId, String productCodeType) {
    }

    public Image {
        Objects.requireNonNull(imageId, "imageId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(state, "state");
        productCodes = productCodes == null ? List.of() : List.copyOf(productCodes);
        blockDeviceMappings = blockDeviceMappings == null ? List.of() : List.copyOf(blockDeviceMappings);
    }

    /** Whether the image is deprecated at {@code now}: its deprecation time has come. */
    public boolean isDeprecatedAt(Instant now) {
        return deprecationTime != null && !now.isBefore(deprecationTime);
    }

    /** Whether the image's root device is an EBS volume. */
    public boolean isEbsBacked() {
        return ROOT_EBS.equals(rootDeviceType);
    }

    /** Whether this is a Windows image. */
    public boolean isWindows() {
        return "windows".equals(platform);
    }

    /** The mapping of the root device, if the image has one (an instance-store image maps none). */
    public Optional<BlockDeviceMapping> rootMapping() {
        return blockDeviceMappings.stream().filter(m -> m.deviceName().equals(rootDeviceName)).findFirst();
    }

    /** A builder holding this image's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder with EC2's defaults for a new machine image: available, hvm, xen, no platform. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Image}; fields not set keep the defaults of {@link Image#builder()}. */
    public static final class Builder {
        private String imageId;
        private String name;
        private String description;
        private String ownerId;
        private String ownerAlias;
        private String imageLocation;
        private String state = STATE_AVAILABLE;
        private StateReason stateReason;
        private boolean isPublic;
        private Instant creationDate;
        private Instant deprecationTime;
        private String architecture;
        private String imageType = "machine";
        private String platform;
        private String platformDetails = "Linux/UNIX";
        private String usageOperation = "RunInstances";
        private String kernelId;
        private String ramdiskId;
        private List<ProductCode> productCodes = List.of();
        private String rootDeviceType = ROOT_EBS;
        private String rootDeviceName;
        private List<BlockDeviceMapping> blockDeviceMappings = List.of();
        private String virtualizationType = "hvm";
        private String hypervisor = "xen";
        private Boolean enaSupport;
        private String sriovNetSupport;
        private String bootMode;
        private String tpmSupport;
        private String imdsSupport;
        private String sourceImageId;
        private String sourceImageRegion;
        private String sourceInstanceId;
        private Boolean freeTierEligible;
        private String deregistrationProtection;
        private Instant lastLaunchedTime;
        private String defaultUser;
        private OsRelease osRelease;

        private Builder() {
        }

        private Builder(Image i) {
            imageId = i.imageId;
            name = i.name;
            description = i.description;
            ownerId = i.ownerId;
            ownerAlias = i.ownerAlias;
            imageLocation = i.imageLocation;
            state = i.state;
            stateReason = i.stateReason;
            isPublic = i.isPublic;
            creationDate = i.creationDate;
            deprecationTime = i.deprecationTime;
            architecture = i.architecture;
            imageType = i.imageType;
            platform = i.platform;
            platformDetails = i.platformDetails;
            usageOperation = i.usageOperation;
            kernelId = i.kernelId;
            ramdiskId = i.ramdiskId;
            productCodes = i.productCodes;
            rootDeviceType = i.rootDeviceType;
            rootDeviceName = i.rootDeviceName;
            blockDeviceMappings = i.blockDeviceMappings;
            virtualizationType = i.virtualizationType;
            hypervisor = i.hypervisor;
            enaSupport = i.enaSupport;
            sriovNetSupport = i.sriovNetSupport;
            bootMode = i.bootMode;
            tpmSupport = i.tpmSupport;
            imdsSupport = i.imdsSupport;
            sourceImageId = i.sourceImageId;
            sourceImageRegion = i.sourceImageRegion;
            sourceInstanceId = i.sourceInstanceId;
            freeTierEligible = i.freeTierEligible;
            deregistrationProtection = i.deregistrationProtection;
            lastLaunchedTime = i.lastLaunchedTime;
            defaultUser = i.defaultUser;
            osRelease = i.osRelease;
        }

        public Builder imageId(String v) { imageId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder ownerId(String v) { ownerId = v; return this; }
        public Builder ownerAlias(String v) { ownerAlias = v; return this; }
        public Builder imageLocation(String v) { imageLocation = v; return this; }
        public Builder state(String v) { state = v; return this; }
        public Builder stateReason(StateReason v) { stateReason = v; return this; }
        public Builder isPublic(boolean v) { isPublic = v; return this; }
        public Builder creationDate(Instant v) { creationDate = v; return this; }
        public Builder deprecationTime(Instant v) { deprecationTime = v; return this; }
        public Builder architecture(String v) { architecture = v; return this; }
        public Builder imageType(String v) { imageType = v; return this; }
        public Builder platform(String v) { platform = v; return this; }
        public Builder platformDetails(String v) { platformDetails = v; return this; }
        public Builder usageOperation(String v) { usageOperation = v; return this; }
        public Builder kernelId(String v) { kernelId = v; return this; }
        public Builder ramdiskId(String v) { ramdiskId = v; return this; }
        public Builder productCodes(List<ProductCode> v) { productCodes = v; return this; }
        public Builder rootDeviceType(String v) { rootDeviceType = v; return this; }
        public Builder rootDeviceName(String v) { rootDeviceName = v; return this; }
        public Builder blockDeviceMappings(List<BlockDeviceMapping> v) { blockDeviceMappings = v; return this; }
        public Builder virtualizationType(String v) { virtualizationType = v; return this; }
        public Builder hypervisor(String v) { hypervisor = v; return this; }
        public Builder enaSupport(Boolean v) { enaSupport = v; return this; }
        public Builder sriovNetSupport(String v) { sriovNetSupport = v; return this; }
        public Builder bootMode(String v) { bootMode = v; return this; }
        public Builder tpmSupport(String v) { tpmSupport = v; return this; }
        public Builder imdsSupport(String v) { imdsSupport = v; return this; }
        public Builder sourceImageId(String v) { sourceImageId = v; return this; }
        public Builder sourceImageRegion(String v) { sourceImageRegion = v; return this; }
        public Builder sourceInstanceId(String v) { sourceInstanceId = v; return this; }
        public Builder freeTierEligible(Boolean v) { freeTierEligible = v; return this; }
        public Builder deregistrationProtection(String v) { deregistrationProtection = v; return this; }
        public Builder lastLaunchedTime(Instant v) { lastLaunchedTime = v; return this; }
        public Builder defaultUser(String v) { defaultUser = v; return this; }
        public Builder osRelease(OsRelease v) { osRelease = v; return this; }

        public Image build() {
            return new Image(imageId, name, description, ownerId, ownerAlias, imageLocation, state, stateReason,
                    isPublic, creationDate, deprecationTime, architecture, imageType, platform, platformDetails,
                    usageOperation, kernelId, ramdiskId, productCodes, rootDeviceType, rootDeviceName,
                    blockDeviceMappings, virtualizationType, hypervisor, enaSupport, sriovNetSupport, bootMode,
                    tpmSupport, imdsSupport, sourceImageId, sourceImageRegion, sourceInstanceId, freeTierEligible,
                    deregistrationProtection, lastLaunchedTime, defaultUser, osRelease);
        }
    }
}
