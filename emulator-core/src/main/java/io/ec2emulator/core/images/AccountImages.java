package io.ec2emulator.core.images;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceBlockDevice;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.snapshots.Snapshot;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.ResourceStore;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.tags.TaggableType;
import io.ec2emulator.core.volumes.Volume;
import io.ec2emulator.core.volumes.Volumes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The images one account owns in one region: CreateImage, RegisterImage, CopyImage, DeregisterImage
 * and launch permissions. New images are {@code pending} until the image delay has passed. Every
 * committed change is published to the {@link ImageDirectory} that other accounts and regions read.
 */
public final class AccountImages {

    public static final String RESOURCE_TYPE = "image";

    private final RegionState region;
    private final ImageDirectory directory;
    private final ResourceStore<Image> store;
    private final ResourceStore<LaunchPermissions> permissions;

    public AccountImages(RegionState region, ImageDirectory directory) {
        this.region = region;
        this.directory = directory;
        this.store = ImageSource.withIndexes(new ResourceStore<>(RESOURCE_TYPE, Image::imageId, region.undoLog()))
                .index("state", i -> List.of(i.state()));
        this.permissions = new ResourceStore<>("image-launch-permission", LaunchPermissions::imageId,
                region.undoLog());
        region.tagging().register(new TaggableType("ami", RESOURCE_TYPE, store::contains,
                id -> ImageErrors.notFound(List.of(id))));
        region.registerTimed(this::advanceTo);
    }

    /** The caller's own images, as a DescribeImages source. */
    ImageSource source() {
        return ImageSource.of(store);
    }

    /** Images of other accounts in this region that are public or shared with the caller. */
    ImageSource sharedWithCaller() {
        String me = region.accountId();
        return new ImageSource() {
            @Override
            public NavigableMap<String, Image> all() {
                NavigableMap<String, Image> visible = new TreeMap<>();
                directory.region(region.region()).forEach((id, entry) -> {
                    if (!entry.image().ownerId().equals(me) && entry.launchableBy(me)) {
                        visible.put(id, entry.image());
                    }
                });
                return visible;
            }

            @Override
            public Set<String> lookup(String index, String key) {
                Set<String> ids = new LinkedHashSet<>();
                all().forEach((id, image) -> {
                    String value = switch (index) {
                        case BY_NAME -> image.name();
                        case BY_OWNER -> image.ownerId();
                        case BY_ALIAS -> image.ownerAlias();
                        default -> null;
                    };
                    if (key.equals(value)) {
                        ids.add(id);
                    }
                });
                return ids;
            }
        };
    }

    /** The accounts an image is shared with (own images from this store, others' from the directory). */
    public Set<String> launchPermissions(String imageId) {
        LaunchPermissions own = permissions.get(imageId).orElse(null);
        if (own != null) {
            return own.accountIds();
        }
        ImageDirectory.Entry entry = directory.region(region.region()).get(imageId);
        return entry == null ? Set.of() : entry.launchPermissions();
    }

    public Image requireOwned(String imageId) {
        if (!ImageQueries.looksLikeId(imageId)) {
            throw ImageErrors.malformedId(imageId);
        }
        Image image = store.get(imageId).orElse(null);
        if (image == null) {
            if (ImageQueries.forRegion(region).find(imageId).isPresent()) {
                throw Ec2Error.client("AuthFailure", "Not authorized for image:" + imageId);
            }
            throw ImageErrors.notFound(List.of(imageId));
        }
        return image;
    }

    /** CreateImage: snapshots every EBS volume of a running or stopped instance; reboots it unless told not to. */
    public Image createImage(String instanceId, String name, String description, boolean noReboot,
                             List<TagSpecification> tags) {
        return createImage(instanceId, name, description, noReboot, tags, List.of());
    }

    /**
     * CreateImage with {@code BlockDeviceMappings}: {@code NoDevice} leaves a device out of the image,
     * an existing EBS device may only change {@code DeleteOnTermination}, a new device name adds an
     * empty EBS volume or an instance store volume ({@code ephemeralN}).
     */
    public Image createImage(String instanceId, String name, String description, boolean noReboot,
                             List<TagSpecification> tags, List<BlockDeviceMapping> requested) {
        Instance instance = region.instances().requireAll(List.of(instanceId)).get(0);
        ImageNames.check(name);
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE, "snapshot"));
        if (instance.state() != InstanceState.RUNNING && instance.state() != InstanceState.STOPPED) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in the 'running' or 'stopped' state.");
        }
        if (!Image.ROOT_EBS.equals(instance.rootDeviceType())) {
            throw Ec2Error.client("UnsupportedOperation", "The instance '" + instanceId
                    + "' does not have an 'ebs' root device type and cannot be used to create an image.");
        }
        checkUniqueName(name);
        Image source = ImageQueries.forRegion(region).find(instance.imageId()).orElse(null);
        String imageId = region.ids().next("ami");
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        for (InstanceBlockDevice device : instance.blockDevices()) {
            Volume volume = region.volumes().resources().require(device.volumeId());
            Snapshot snapshot = region.snapshots().take(volume.volumeId(), volume.size(),
                    "Created by CreateImage(" + instanceId + ") for " + imageId, volume.encrypted(), volume.kmsKeyId());
            region.tagging().applySpecifications(tags, snapshot.snapshotId(), "snapshot");
            mappings.add(BlockDeviceMapping.ebs(device.deviceName(), new EbsMapping(snapshot.snapshotId(), volume.size(),
                    volume.volumeType(), device.deleteOnTermination(), volume.encrypted(),
                    volume.volumeType().equals("gp2") ? null : volume.iops(), volume.throughput(), volume.kmsKeyId())));
        }
        mappings = applyRequestedMappings(mappings, requested, instance.rootDeviceName());
        if (!noReboot && instance.state() == InstanceState.RUNNING) {
            region.instances().reboot(List.of(instanceId));
        }
        Image image = Image.builder()
                .imageId(imageId).name(name).description(description).ownerId(region.accountId())
                .imageLocation(region.accountId() + "/" + name).state("pending").isPublic(false)
                .creationDate(region.clock().instant()).architecture(instance.architecture()).imageType("machine")
                .platform(instance.platform()).platformDetails(instance.platformDetails())
                .usageOperation(instance.usageOperation()).productCodes(List.of())
                .rootDeviceType(Image.ROOT_EBS).rootDeviceName(instance.rootDeviceName()).blockDeviceMappings(mappings)
                .virtualizationType(instance.virtualizationType()).hypervisor("xen").enaSupport(instance.enaSupport())
                .sriovNetSupport("simple").bootMode(source == null ? null : source.bootMode())
                .tpmSupport(source == null ? null : source.tpmSupport())
                .imdsSupport(source == null ? null : source.imdsSupport())
                .sourceInstanceId(instanceId)
                .defaultUser(instance.osUser() != null ? instance.osUser()
                        : source == null ? "ec2-user" : source.defaultUser())
                .osRelease(source == null ? null : source.osRelease())
                .build();
        put(image, Set.of());
        region.tagging().applySpecifications(tags, imageId, RESOURCE_TYPE);
        return image;
    }

    private static List<BlockDeviceMapping> applyRequestedMappings(List<BlockDeviceMapping> taken,
                                                                   List<BlockDeviceMapping> requested, String rootDevice) {
        java.util.LinkedHashMap<String, BlockDeviceMapping> byDevice = new java.util.LinkedHashMap<>();
        taken.forEach(m -> byDevice.put(m.deviceName(), m));
        for (BlockDeviceMapping m : requested) {
            if (m.deviceName() == null || m.deviceName().isEmpty()) {
                throw Ec2Error.missingParameter("BlockDeviceMapping.DeviceName");
            }
            BlockDeviceMapping existing = byDevice.get(m.deviceName());
            if (m.noDevice() != null) {
                if (m.deviceName().equals(rootDevice)) {
                    throw Ec2Error.client("InvalidBlockDeviceMapping", "The device '" + m.deviceName()
                            + "' is the root device and cannot be suppressed.");
                }
                byDevice.remove(m.deviceName());
            } else if (m.virtualName() != null) {
                byDevice.put(m.deviceName(), BlockDeviceMapping.instanceStore(m.deviceName(), m.virtualName()));
            } else if (m.ebs() != null && existing != null && existing.ebs() != null) {
                EbsMapping e = existing.ebs();
                EbsMapping asked = m.ebs();
                if (asked.volumeSize() != null && !asked.volumeSize().equals(e.volumeSize())
                        || asked.volumeType() != null && !asked.volumeType().equals(e.volumeType())
                        || asked.snapshotId() != null && !asked.snapshotId().equals(e.snapshotId())) {
                    throw Ec2Error.client("InvalidBlockDeviceMapping", "Only DeleteOnTermination may be changed for "
                            + "the existing device " + m.deviceName() + ".");
                }
                byDevice.put(m.deviceName(), BlockDeviceMapping.ebs(m.deviceName(), new EbsMapping(e.snapshotId(),
                        e.volumeSize(), e.volumeType(), asked.deleteOnTermination() != null
                        ? asked.deleteOnTermination() : e.deleteOnTermination(), e.encrypted(), e.iops(), e.throughput(),
                        e.kmsKeyId())));
            } else if (m.ebs() != null) {
                EbsMapping asked = m.ebs();
                if (asked.volumeSize() == null && asked.snapshotId() == null) {
                    throw Ec2Error.client("InvalidBlockDeviceMapping", "The request must specify a volume size or a "
                            + "snapshot for device '" + m.deviceName() + "'.");
                }
                byDevice.put(m.deviceName(), BlockDeviceMapping.ebs(m.deviceName(), new EbsMapping(asked.snapshotId(),
                        asked.volumeSize(), asked.volumeType() == null ? "gp2" : asked.volumeType(),
                        asked.deleteOnTermination() == null || asked.deleteOnTermination(),
                        Boolean.TRUE.equals(asked.encrypted()), asked.iops(), asked.throughput(), asked.kmsKeyId())));
            }
        }
        return new ArrayList<>(byDevice.values());
    }

    /** RegisterImage: an EBS image from snapshots this account owns, or an instance-store image from a manifest. */
    public Image register(ImageRegistration request) {
        ImageNames.check(request.name());
        region.tagging().matching(request.tags(), Set.of(RESOURCE_TYPE));
        checkUniqueName(request.name());
        String architecture = request.architecture() == null ? "i386" : request.architecture();
        if (!Set.of("i386", "x86_64", "arm64", "x86_64_mac", "arm64_mac").contains(architecture)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(architecture)
                    + ") for parameter architecture is invalid.");
        }
        boolean instanceStore = request.imageLocation() != null && request.mappings().stream().noneMatch(m -> m.ebs() != null);
        if (!instanceStore) {
            if (request.rootDeviceName() == null) {
                throw Ec2Error.missingParameter("RootDeviceName");
            }
            BlockDeviceMapping root = request.mappings().stream()
                    .filter(m -> request.rootDeviceName().equals(m.deviceName()) && m.ebs() != null).findFirst()
                    .orElseThrow(() -> Ec2Error.client("InvalidBlockDeviceMapping",
                            "The root device name " + request.rootDeviceName() + " is not in the block device mapping."));
            for (BlockDeviceMapping mapping : request.mappings()) {
                if (mapping.ebs() != null && mapping.ebs().snapshotId() != null) {
                    Snapshot snapshot = region.snapshots().resources().require(mapping.ebs().snapshotId());
                    if (mapping.ebs().volumeSize() != null && mapping.ebs().volumeSize() < snapshot.volumeSize()) {
                        throw Ec2Error.client("InvalidBlockDeviceMapping", "Volume of size " + mapping.ebs().volumeSize()
                                + "GB is smaller than snapshot '" + snapshot.snapshotId() + "', expect size >= "
                                + snapshot.volumeSize() + "GB");
                    }
                }
            }
            if (root.ebs().snapshotId() == null) {
                throw Ec2Error.client("InvalidBlockDeviceMapping", "The root device must have a snapshot.");
            }
        }
        String imageId = region.ids().next("ami");
        Image image = Image.builder()
                .imageId(imageId).name(request.name()).description(request.description()).ownerId(region.accountId())
                .imageLocation(instanceStore ? request.imageLocation() : region.accountId() + "/" + request.name())
                .state("pending").isPublic(false).creationDate(region.clock().instant()).architecture(architecture)
                .imageType("machine").platformDetails("Linux/UNIX").usageOperation("RunInstances")
                .productCodes(List.of())
                .rootDeviceType(instanceStore ? Image.ROOT_INSTANCE_STORE : Image.ROOT_EBS)
                .rootDeviceName(request.rootDeviceName() == null ? "/dev/sda1" : request.rootDeviceName())
                .blockDeviceMappings(withSnapshotSizes(request.mappings()))
                .virtualizationType(request.virtualizationType() == null ? "hvm" : request.virtualizationType())
                .hypervisor("xen").enaSupport(request.enaSupport()).sriovNetSupport(request.sriovNetSupport())
                .bootMode(request.bootMode()).tpmSupport(request.tpmSupport()).imdsSupport(request.imdsSupport())
                .defaultUser("ec2-user")
                .build();
        put(image, Set.of());
        region.tagging().applySpecifications(request.tags(), imageId, RESOURCE_TYPE);
        return image;
    }

    private List<BlockDeviceMapping> withSnapshotSizes(List<BlockDeviceMapping> mappings) {
        List<BlockDeviceMapping> sized = new ArrayList<>();
        for (BlockDeviceMapping m : mappings) {
            if (m.ebs() != null && m.ebs().volumeSize() == null && m.ebs().snapshotId() != null) {
                int size = region.snapshots().resources().require(m.ebs().snapshotId()).volumeSize();
                var e = m.ebs();
                sized.add(BlockDeviceMapping.ebs(m.deviceName(), new EbsMapping(e.snapshotId(), size,
                        e.volumeType() == null ? "gp2" : e.volumeType(), e.deleteOnTermination() == null || e.deleteOnTermination(),
                        Boolean.TRUE.equals(e.encrypted()), e.iops(), e.throughput(), e.kmsKeyId())));
            } else {
                sized.add(m);
            }
        }
        return sized;
    }

    /** CopyImage into this region from {@code sourceRegion}: the source must be launchable by this account. */
    public Image copy(String sourceRegion, String sourceImageId, String name, String description, boolean encrypted,
                      List<TagSpecification> tags, ImageLookup otherRegions) {
        ImageNames.check(name);
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE, "snapshot"));
        if (!ImageQueries.looksLikeId(sourceImageId)) {
            throw ImageErrors.malformedId(sourceImageId);
        }
        Image source = otherRegions.find(sourceRegion, sourceImageId, region.accountId())
                .orElseThrow(() -> ImageErrors.notFound(List.of(sourceImageId)));
        if (!Image.STATE_AVAILABLE.equals(source.state())) {
            throw Ec2Error.client("IncorrectState", "Image " + sourceImageId + " is not in the available state.");
        }
        String imageId = region.ids().next("ami");
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        for (BlockDeviceMapping m : source.blockDeviceMappings()) {
            if (m.ebs() == null) {
                mappings.add(m);
                continue;
            }
            var e = m.ebs();
            int size = e.volumeSize() == null ? 8 : e.volumeSize();
            boolean encrypt = encrypted || Boolean.TRUE.equals(e.encrypted());
            Snapshot snapshot = region.snapshots().take(e.snapshotId(), size, "Copied for DestinationAmi " + imageId
                    + " from SourceAmi " + sourceImageId + " for SourceSnapshot " + e.snapshotId(), encrypt,
                    encrypt ? "arn:aws:kms:" + region.region() + ":" + region.accountId() + ":alias/aws/ebs" : null);
            region.tagging().applySpecifications(tags, snapshot.snapshotId(), "snapshot");
            mappings.add(BlockDeviceMapping.ebs(m.deviceName(), new EbsMapping(snapshot.snapshotId(), size, e.volumeType(),
                    e.deleteOnTermination(), encrypt, e.iops(), e.throughput(), snapshot.kmsKeyId())));
        }
        Image image = source.toBuilder()
                .imageId(imageId).name(name).description(description == null ? source.description() : description)
                .ownerId(region.accountId()).ownerAlias(null).imageLocation(region.accountId() + "/" + name)
                .state("pending").stateReason(null).isPublic(false).creationDate(region.clock().instant())
                .deprecationTime(null).blockDeviceMappings(mappings).sourceImageId(sourceImageId)
                .sourceImageRegion(sourceRegion).sourceInstanceId(null).lastLaunchedTime(null)
                .build();
        put(image, Set.of());
        region.tagging().applySpecifications(tags, imageId, RESOURCE_TYPE);
        return image;
    }

    /** DeregisterImage: the image disappears; its snapshots stay unless asked to delete them. */
    public List<String> deregister(String imageId, boolean deleteSnapshots) {
        Image image = requireOwned(imageId);
        store.remove(imageId);
        permissions.remove(imageId);
        region.tags().removeResource(imageId);
        region.undoLog().onCommit(() -> directory.withdraw(region.region(), imageId));
        List<String> deleted = new ArrayList<>();
        if (deleteSnapshots) {
            for (BlockDeviceMapping m : image.blockDeviceMappings()) {
                if (m.ebs() != null && m.ebs().snapshotId() != null
                        && region.snapshots().resources().get(m.ebs().snapshotId()).isPresent()) {
                    region.snapshots().resources().remove(m.ebs().snapshotId());
                    deleted.add(m.ebs().snapshotId());
                }
            }
        }
        return deleted;
    }

    /**
     * ModifyImageAttribute launchPermission: adds and removes accounts and the {@code all} group
     * (which makes the image public).
     */
    public void modifyLaunchPermission(String imageId, List<String> addUsers, boolean addAll, List<String> removeUsers,
                                       boolean removeAll) {
        Image image = requireOwned(imageId);
        for (String user : addUsers) {
            checkAccount(user);
        }
        for (String user : removeUsers) {
            checkAccount(user);
        }
        if (!addUsers.isEmpty() && usesAwsManagedKey(image)) {
            throw Ec2Error.client("InvalidParameter",
                    "Snapshots encrypted with the AWS Managed CMK can't be shared. Specify another snapshot.");
        }
        Set<String> next = new LinkedHashSet<>(permissionsOf(imageId));
        next.addAll(addUsers);
        next.removeAll(removeUsers);
        boolean isPublic = (image.isPublic() || addAll) && !removeAll;
        put(image.toBuilder().isPublic(isPublic).build(), next);
    }

    /** Whether one of the image's snapshots is encrypted with the account's AWS managed EBS key. */
    private boolean usesAwsManagedKey(Image image) {
        return image.blockDeviceMappings().stream()
                .filter(m -> m.ebs() != null && m.ebs().snapshotId() != null)
                .map(m -> region.snapshots().resources().get(m.ebs().snapshotId()))
                .flatMap(java.util.Optional::stream)
                .anyMatch(s -> s.encrypted() && Volumes.isAwsManagedKey(s.kmsKeyId()));
    }

    public void resetLaunchPermission(String imageId) {
        Image image = requireOwned(imageId);
        put(image.toBuilder().isPublic(false).build(), Set.of());
    }

    public void modifyDescription(String imageId, String description) {
        Image image = requireOwned(imageId);
        put(image.toBuilder().description(description).build(), permissionsOf(imageId));
    }

    private static void checkAccount(String user) {
        if (user == null || !user.matches("\\d{12}")) {
            throw Ec2Error.client("InvalidAMIAttributeItemValue", "Invalid attribute item value \""
                    + Ec2Error.shorten(user) + "\" for userId item type.");
        }
    }

    private void checkUniqueName(String name) {
        for (String id : store.lookup(ImageSource.BY_NAME, name)) {
            throw Ec2Error.client("InvalidAMIName.Duplicate", "AMI name " + name + " is already in use by AMI " + id);
        }
    }

    private void put(Image image, Set<String> launchPermissions) {
        store.put(image);
        permissions.put(new LaunchPermissions(image.imageId(), launchPermissions));
        ImageDirectory.Entry entry = new ImageDirectory.Entry(image, launchPermissions);
        region.undoLog().onCommit(() -> directory.publish(region.region(), entry));
    }

    private Set<String> permissionsOf(String imageId) {
        return permissions.get(imageId).map(LaunchPermissions::accountIds).orElse(Set.of());
    }

    /** After a restore: publishes every own image to the directory other accounts and regions read. */
    public void rebuildShared() {
        for (Image image : store.all().values()) {
            directory.publish(region.region(), new ImageDirectory.Entry(image, permissionsOf(image.imageId())));
        }
    }

    private void advanceTo(Instant now) {
        for (String id : List.copyOf(store.lookup("state", "pending"))) {
            Image image = store.get(id).orElseThrow();
            if (!image.creationDate().plus(region.settings().imageDelay()).isAfter(now)) {
                put(image.toBuilder().state(Image.STATE_AVAILABLE).build(), permissionsOf(id));
            }
        }
    }

    /** The first of this account's images (by id) whose block device mappings use the snapshot (DeleteSnapshot's check). */
    public java.util.Optional<String> imageUsingSnapshot(String snapshotId) {
        return store.all().values().stream()
                .filter(image -> image.blockDeviceMappings().stream()
                        .anyMatch(m -> m.ebs() != null && snapshotId.equals(m.ebs().snapshotId())))
                .map(Image::imageId).findFirst();
    }

    /** Finds an image launchable by an account in another region of the emulator (CopyImage's source). */
    @FunctionalInterface
    public interface ImageLookup {
        java.util.Optional<Image> find(String region, String imageId, String accountId);
    }
}
