package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.images.BlockDeviceMapping;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageQueries;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.keypairs.HostKeys;
import io.ec2emulator.core.keypairs.KeyPair;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.volumes.Volume;
import io.ec2emulator.core.volumes.VolumeRules;
import io.ec2emulator.core.vpc.Subnet;
import io.ec2emulator.core.vpc.SubnetAddresses;
import io.ec2emulator.core.vpc.Vpc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** RunInstances: validates a launch the way EC2 does, then creates the reservation, instances and volumes. */
final class InstanceLauncher {

    /** RunInstances without {@code InstanceType} launches EC2's historical default. */
    static final String DEFAULT_INSTANCE_TYPE = "m1.small";
    private static final Set<String> TAGGABLE_AT_LAUNCH = Set.of("instance", "volume", "network-interface");

    private final RegionState region;
    private final Resources<Instance> instances;
    private final ClientTokens tokens;

    InstanceLauncher(RegionState region, Resources<Instance> instances, ClientTokens tokens) {
        this.region = region;
        this.instances = instances;
        this.tokens = tokens;
    }

    LaunchResult launch(LaunchRequest request) {
        LaunchValidation.counts(request.minCount(), request.maxCount());
        if (request.clientToken() != null && !request.clientToken().isEmpty()) {
            LaunchResult earlier = tokens.replay(request);
            if (earlier != null) {
                return earlier;
            }
        }
        Image image = image(request.imageId());
        InstanceTypeInfo type = instanceType(request.instanceType());
        LaunchValidation.architecture(type, image);
        LaunchValidation.rootDeviceType(type, image);
        String launchPublicKey = null;
        if (request.keyName() != null) {
            KeyPair keyPair = region.keyPairs().byName(request.keyName()).orElseThrow(() -> Ec2Error.client(
                    "InvalidKeyPair.NotFound", "The key pair '" + Ec2Error.shorten(request.keyName())
                            + "' does not exist"));
            LaunchValidation.keyType(keyPair, image);
            launchPublicKey = keyPair.publicKey();
        }
        Subnet subnet = subnet(request);
        List<String> groups = securityGroups(request, subnet);
        String userData = LaunchValidation.userData(request.userData());
        String shutdownBehavior = LaunchValidation.shutdownBehavior(request.shutdownBehavior(), image);
        MetadataOptions metadata = LaunchValidation.metadata(MetadataOptions.defaultsFor(image.imdsSupport()),
                request.metadataOptions());
        String cpuCredits = LaunchValidation.cpuCredits(request.cpuCredits(), type);
        IamInstanceProfile profile = profile(request);
        List<TagSpecification> tags = region.tagging().matching(request.tagSpecifications(), TAGGABLE_AT_LAUNCH);
        Map<String, VolumePlan> volumes = volumePlan(image, request.blockDeviceMappings());

        String existingPrimary = LaunchInterfaces.existingPrimary(request);
        int free = existingPrimary != null ? 1 : region.networking().addresses().free(subnet.subnetId());
        int count = Math.min(request.maxCount(), free);
        if (count < request.minCount()) {
            throw SubnetAddresses.insufficient(subnet.subnetId());
        }
        if (request.privateIpAddress() != null && count > 1) {
            throw Ec2Error.invalidParameterCombination(
                    "A private IP address cannot be specified when launching more than one instance.");
        }
        boolean publicIp = request.associatePublicIpAddress() != null
                ? request.associatePublicIpAddress() : subnet.mapPublicIpOnLaunch();
        LaunchInterfaces interfaces = LaunchInterfaces.plan(region, request, type, subnet, groups, publicIp, count, tags);

        String reservationId = region.ids().next("r");
        Instant now = region.clock().instant();
        List<Instance> launched = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            String instanceId = instances.newId();
            NetworkInterface primary = interfaces.createFor(instanceId).get(0);
            List<InstanceBlockDevice> devices = new ArrayList<>();
            for (VolumePlan plan : volumes.values()) {
                Volume volume = region.volumes().createAttached(plan.size(), plan.type(), plan.iops(),
                        plan.throughput(), plan.snapshotId(), subnet.availabilityZone(), subnet.availabilityZoneId(),
                        plan.encrypted(), instanceId, plan.deviceName(), plan.deleteOnTermination());
                devices.add(new InstanceBlockDevice(plan.deviceName(), volume.volumeId(), now, plan.deleteOnTermination()));
                region.tagging().applySpecifications(tags, volume.volumeId(), "volume");
            }
            Instance.Builder builder = Instance.builder()
                    .instanceId(instanceId)
                    .reservationId(reservationId)
                    .ownerId(region.accountId())
                    .imageId(image.imageId())
                    .instanceType(type.instanceType())
                    .keyName(request.keyName())
                    .launchPublicKey(launchPublicKey)
                    .osUser(image.defaultUser())
                    .hostKeySeed(HostKeys.newSeed())
                    .launchTime(now)
                    .firstLaunchTime(now)
                    .amiLaunchIndex(index)
                    .state(InstanceState.PENDING)
                    .stateSince(now)
                    .stateTransitionReason("")
                    .stateReason(null)
                    .subnetId(subnet.subnetId())
                    .vpcId(subnet.vpcId())
                    .availabilityZone(subnet.availabilityZone())
                    .availabilityZoneId(subnet.availabilityZoneId())
                    .architecture(image.architecture())
                    .platform(image.platform())
                    .platformDetails(image.platformDetails())
                    .usageOperation(image.usageOperation())
                    .rootDeviceType(image.rootDeviceType())
                    .rootDeviceName(image.rootDeviceName())
                    .virtualizationType(image.virtualizationType())
                    .hypervisor("xen")
                    .bootMode(image.bootMode())
                    .currentBootMode(bootMode(image, type))
                    .enaSupport(Boolean.TRUE.equals(image.enaSupport()))
                    .blockDevices(devices)
                    .userData(userData)
                    .disableApiTermination(Boolean.TRUE.equals(request.disableApiTermination()))
                    .disableApiStop(Boolean.TRUE.equals(request.disableApiStop()))
                    .shutdownBehavior(shutdownBehavior)
                    .metadataOptions(metadata)
                    .iamInstanceProfile(profile)
                    .ebsOptimized(Boolean.TRUE.equals(request.ebsOptimized()))
                    .clientToken(request.clientToken())
                    .tenancy(request.tenancy() == null ? "default" : request.tenancy())
                    .monitoring(Boolean.TRUE.equals(request.monitoring()) ? "enabled" : "disabled")
                    .cpuCredits(cpuCredits)
                    .bootCount(0)
                    .statusOkAt(null)
                    .instanceStoreState(type.instanceStorageSupported() ? "present" : null);
            Instance instance = PrimaryInterfaceView.apply(builder, primary, region.region()).build();
            instances.put(instance);
            region.undoLog().onCommit(() -> region.instanceIds().add(instanceId));
            region.tagging().applySpecifications(tags, instanceId, "instance");
            launched.add(instance);
        }
        LaunchResult result = new LaunchResult(reservationId, launched,
                launched.isEmpty() ? groups : launched.get(0).securityGroupIds());
        if (request.clientToken() != null && !request.clientToken().isEmpty()) {
            tokens.remember(request, result);
        }
        return result;
    }

    private Image image(String imageId) {
        if (imageId == null || imageId.isEmpty()) {
            throw Ec2Error.missingParameter("ImageId");
        }
        if (!ImageQueries.looksLikeId(imageId)) {
            throw Ec2Error.client("InvalidAMIID.Malformed", "Invalid id: \"" + Ec2Error.shorten(imageId)
                    + "\" (expecting \"ami-...\")");
        }
        Image image = ImageQueries.forRegion(region).find(imageId).orElseThrow(() -> Ec2Error.client(
                "InvalidAMIID.NotFound", "The image id '[" + imageId + "]' does not exist"));
        if (!Image.STATE_AVAILABLE.equals(image.state())) {
            throw Ec2Error.client("InvalidAMIID.Unavailable", "The image id '[" + imageId + "]' is not available");
        }
        return image;
    }

    private static InstanceTypeInfo instanceType(String requested) {
        String name = requested == null || requested.isEmpty() ? DEFAULT_INSTANCE_TYPE : requested;
        return InstanceTypeCatalog.standard().find(name).orElseThrow(() -> Ec2Error.invalidParameterValue(
                "Invalid value '" + Ec2Error.shorten(name) + "' for InstanceType."));
    }

    private Subnet subnet(LaunchRequest request) {
        String existingPrimary = LaunchInterfaces.existingPrimary(request);
        if (existingPrimary != null) {
            return region.networking().subnets().require(
                    region.networkInterfaces().requireUserManaged(existingPrimary).subnetId());
        }
        if (request.subnetId() != null) {
            Subnet subnet = region.networking().subnets().require(request.subnetId());
            if (request.availabilityZone() != null && !request.availabilityZone().equals(subnet.availabilityZone())) {
                throw Ec2Error.invalidParameterCombination("The specified Availability Zone '"
                        + Ec2Error.shorten(request.availabilityZone()) + "' does not match the Availability Zone of "
                        + "subnet '" + subnet.subnetId() + "'.");
            }
            return subnet;
        }
        Vpc vpc = region.networking().defaultVpc().orElseThrow(() -> Ec2Error.client("VPCIdNotSpecified",
                "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC."));
        List<Subnet> candidates = region.networking().subnets().all().stream()
                .filter(s -> s.vpcId().equals(vpc.vpcId()) && s.defaultForAz())
                .sorted(java.util.Comparator.comparing(Subnet::availabilityZone))
                .toList();
        if (request.availabilityZone() != null) {
            return candidates.stream().filter(s -> s.availabilityZone().equals(request.availabilityZone())).findFirst()
                    .orElseThrow(() -> Ec2Error.invalidParameterValue("Invalid availability zone: ["
                            + Ec2Error.shorten(request.availabilityZone()) + "]"));
        }
        return candidates.stream().filter(s -> s.availableIpAddressCount() > 0).findFirst()
                .orElseThrow(() -> SubnetAddresses.insufficient(candidates.isEmpty() ? "none" : candidates.get(0).subnetId()));
    }

    private List<String> securityGroups(LaunchRequest request, Subnet subnet) {
        Resources<SecurityGroup> groups = region.securityGroups().resources();
        List<String> ids = new ArrayList<>();
        for (String id : request.securityGroupIds()) {
            SecurityGroup group = groups.require(id);
            if (!group.vpcId().equals(subnet.vpcId())) {
                throw Ec2Error.client("InvalidParameter", "Security group " + id + " and subnet " + subnet.subnetId()
                        + " belong to different networks.");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (!request.securityGroupNames().isEmpty()) {
            boolean defaultVpc = region.networking().defaultVpc().map(v -> v.vpcId().equals(subnet.vpcId())).orElse(false);
            if (request.subnetId() != null && !defaultVpc) {
                throw Ec2Error.invalidParameterCombination(
                        "The parameter groupName cannot be used with the parameter subnet");
            }
            for (String name : request.securityGroupNames()) {
                SecurityGroup group = region.securityGroups().byName(subnet.vpcId(), name).orElseThrow(() ->
                        Ec2Error.client("InvalidGroup.NotFound", "The security group '" + Ec2Error.shorten(name)
                                + "' does not exist in VPC '" + subnet.vpcId() + "'"));
                if (!ids.contains(group.groupId())) {
                    ids.add(group.groupId());
                }
            }
        }
        if (ids.isEmpty()) {
            ids.add(region.securityGroups().byName(subnet.vpcId(), "default").orElseThrow().groupId());
        }
        if (ids.size() > 5) {
            throw Ec2Error.client("SecurityGroupsPerInstanceLimitExceeded",
                    "The maximum number of security groups per interface has been reached.");
        }
        return ids;
    }

    private IamInstanceProfile profile(LaunchRequest request) {
        String arn = request.iamInstanceProfileArn();
        String name = request.iamInstanceProfileName();
        if (arn == null && name == null) {
            return null;
        }
        return profileFor(region, arn, name);
    }

    /** An instance profile given by ARN or by name, with a new association id. */
    static IamInstanceProfile profileFor(RegionState region, String arn, String name) {
        if (arn != null && name != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The parameter 'iamInstanceProfile.name' may not be used in combination with 'iamInstanceProfile.arn'");
        }
        String fullArn = arn != null ? arn : "arn:aws:iam::" + region.accountId() + ":instance-profile/" + name;
        if (!fullArn.matches("arn:aws[a-z-]*:iam::\\d{12}:instance-profile/.+")) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(fullArn)
                    + ") for parameter iamInstanceProfile.arn is invalid. Invalid ARN");
        }
        return new IamInstanceProfile(fullArn, profileId(fullArn), region.ids().next("iip-assoc"), "associated");
    }

    /** A stable IAM-style id for a profile ARN (IAM ids are 21 upper-case characters after AIPA). */
    static String profileId(String arn) {
        String hex = Integer.toHexString(arn.hashCode()).toUpperCase(java.util.Locale.ROOT);
        return ("AIPA" + hex + "Q7EXAMPLE0000000000000").substring(0, 21);
    }

    private static String bootMode(Image image, InstanceTypeInfo type) {
        String mode = image.bootMode();
        if (mode == null || mode.equals("uefi-preferred")) {
            return type.supportedBootModes().contains("uefi") && "uefi-preferred".equals(mode) ? "uefi" : "legacy-bios";
        }
        return mode;
    }

    /** The volumes a launch creates: the image's EBS mappings, overridden and extended by the request's. */
    private Map<String, VolumePlan> volumePlan(Image image, List<LaunchRequest.DeviceRequest> requested) {
        Map<String, VolumePlan> plan = new LinkedHashMap<>();
        for (BlockDeviceMapping mapping : image.blockDeviceMappings()) {
            if (mapping.ebs() != null) {
                var ebs = mapping.ebs();
                int size = ebs.volumeSize() == null ? 8 : ebs.volumeSize();
                String type = VolumeRules.type(ebs.volumeType(), "gp2");
                VolumeRules.Performance performance = VolumeRules.check(type, size,
                        type.equals("gp2") ? null : ebs.iops(), type.equals("gp3") ? ebs.throughput() : null,
                        false, false);
                plan.put(mapping.deviceName(), new VolumePlan(mapping.deviceName(), size, size, type,
                        performance.iops(), performance.throughput(),
                        ebs.snapshotId(), Boolean.TRUE.equals(ebs.encrypted()), !Boolean.FALSE.equals(ebs.deleteOnTermination())));
            }
        }
        for (LaunchRequest.DeviceRequest device : requested) {
            if (device.deviceName() == null || device.deviceName().isEmpty()) {
                throw Ec2Error.missingParameter("BlockDeviceMapping.DeviceName");
            }
            if (device.noDevice() != null) {
                if (device.deviceName().equals(image.rootDeviceName())) {
                    throw Ec2Error.client("InvalidBlockDeviceMapping", "The device '" + device.deviceName()
                            + "' is the root device and cannot be suppressed.");
                }
                plan.remove(device.deviceName());
                continue;
            }
            if (device.virtualName() != null) {
                continue;
            }
            VolumePlan base = plan.get(device.deviceName());
            int snapshotSize = base == null ? 0 : base.snapshotSize();
            Integer size = device.volumeSize() != null ? device.volumeSize() : base == null ? null : base.size();
            if (size == null) {
                throw Ec2Error.client("InvalidBlockDeviceMapping", "The request must specify a volume size or a "
                        + "snapshot for device '" + device.deviceName() + "'.");
            }
            if (size < snapshotSize) {
                throw Ec2Error.client("InvalidBlockDeviceMapping", "Volume of size " + size
                        + "GB is smaller than snapshot '" + base.snapshotId() + "', expect size >= " + snapshotSize + "GB");
            }
            String type = VolumeRules.type(device.volumeType(), base == null ? "gp2" : base.type());
            VolumeRules.Performance performance = VolumeRules.check(type, size, device.iops(), device.throughput(),
                    false, device.deviceName().equals(image.rootDeviceName()));
            plan.put(device.deviceName(), new VolumePlan(device.deviceName(), size, snapshotSize, type,
                    performance.iops(), performance.throughput(),
                    device.snapshotId() != null ? device.snapshotId() : base == null ? null : base.snapshotId(),
                    device.encrypted() != null ? device.encrypted() : base != null && base.encrypted(),
                    device.deleteOnTermination() != null ? device.deleteOnTermination() : base == null || base.deleteOnTermination()));
        }
        return plan;
    }

    /** One volume a launch will create. */
    private record VolumePlan(String deviceName, int size, int snapshotSize, String type, Integer iops, Integer throughput,
                              String snapshotId, boolean encrypted, boolean deleteOnTermination) {
    }
}
