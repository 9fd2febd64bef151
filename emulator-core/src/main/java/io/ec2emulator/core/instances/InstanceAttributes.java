package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.ImageQueries;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.addresses.ElasticIps;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.volumes.Volume;
import io.ec2emulator.core.volumes.VolumeAttachment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DescribeInstanceAttribute and ModifyInstanceAttribute, ModifyInstanceMetadataOptions and the credit
 * specification of burstable instances, with EC2's rules on which attribute may change in which state.
 */
public final class InstanceAttributes {

    /** The attribute names DescribeInstanceAttribute accepts. */
    public static final Set<String> NAMES = Set.of("instanceType", "kernel", "ramdisk", "userData",
            "disableApiTermination", "instanceInitiatedShutdownBehavior", "rootDeviceName", "blockDeviceMapping",
            "productCodes", "sourceDestCheck", "groupSet", "ebsOptimized", "sriovNetSupport", "enaSupport",
            "enclaveOptions", "disableApiStop");

    private final RegionState region;
    private final Resources<Instance> instances;

    InstanceAttributes(RegionState region, Resources<Instance> instances) {
        this.region = region;
        this.instances = instances;
    }

    /** The instance whose attribute is asked for; the attribute name must be one EC2 knows. */
    public Instance describe(String instanceId, String attribute) {
        if (attribute == null || attribute.isEmpty()) {
            throw Ec2Error.missingParameter("Attribute");
        }
        if (!NAMES.contains(attribute)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(attribute)
                    + ") for parameter attribute is invalid. Unknown attribute.");
        }
        return require(instanceId);
    }

    public void setInstanceType(String instanceId, String typeName) {
        Instance instance = requireStopped(instanceId);
        InstanceTypeInfo type = InstanceTypeCatalog.standard().find(typeName).orElseThrow(() ->
                Ec2Error.invalidParameterValue("Invalid value '" + Ec2Error.shorten(typeName) + "' for InstanceType."));
        if (!type.processorInfo().supportedArchitectures().contains(instance.architecture())) {
            throw Ec2Error.invalidParameterValue("The instance type '" + type.instanceType()
                    + "' does not support the architecture '" + instance.architecture() + "' of instance '"
                    + instanceId + "'.");
        }
        instances.put(instance.toBuilder().instanceType(type.instanceType())
                .cpuCredits(type.burstablePerformanceSupported()
                        ? (instance.cpuCredits() != null ? instance.cpuCredits() : "standard") : null).build());
    }

    public void setUserData(String instanceId, String base64) {
        Instance instance = requireStopped(instanceId);
        instances.put(instance.toBuilder().userData(LaunchValidation.userData(base64)).build());
    }

    public void setDisableApiTermination(String instanceId, boolean value) {
        instances.put(requireLive(instanceId).toBuilder().disableApiTermination(value).build());
    }

    public void setDisableApiStop(String instanceId, boolean value) {
        instances.put(requireLive(instanceId).toBuilder().disableApiStop(value).build());
    }

    /** sourceDestCheck: the primary network interface's; ambiguous when the instance has several. */
    public void setSourceDestCheck(String instanceId, boolean value) {
        region.networkInterfaces().setSourceDestCheck(onlyInterface(requireLive(instanceId)), value);
    }

    /** The instance's one network interface; an instance-level network change is refused with several. */
    private String onlyInterface(Instance instance) {
        List<NetworkInterface> attached = region.networkInterfaces().attachedTo(instance.instanceId());
        if (attached.size() > 1) {
            throw ElasticIps.multipleInterfaces(instance.instanceId());
        }
        return instance.networkInterfaceId();
    }

    public void setEbsOptimized(String instanceId, boolean value) {
        instances.put(requireStopped(instanceId).toBuilder().ebsOptimized(value).build());
    }

    public void setShutdownBehavior(String instanceId, String behavior) {
        Instance instance = requireLive(instanceId);
        Image image = ImageQueries.forRegion(region).find(instance.imageId()).orElse(null);
        if (!"ebs".equals(instance.rootDeviceType())) {
            throw Ec2Error.invalidParameterCombination(
                    "The attribute instanceInitiatedShutdownBehavior can only be used for elastic images.");
        }
        String value = image == null ? checkBehavior(behavior) : LaunchValidation.shutdownBehavior(behavior, image);
        instances.put(instance.toBuilder().shutdownBehavior(value).build());
    }

    private static String checkBehavior(String behavior) {
        if (!"stop".equals(behavior) && !"terminate".equals(behavior)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(behavior)
                    + ") for parameter instanceInitiatedShutdownBehavior is invalid. Expected: 'stop', 'terminate'.");
        }
        return behavior;
    }

    /** groupSet: replaces the instance's security groups (1 to 5 groups of the instance's VPC). */
    public void setGroups(String instanceId, List<String> groupIds) {
        Instance instance = requireLive(instanceId);
        if (groupIds.isEmpty()) {
            throw Ec2Error.missingParameter("GroupId");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String id : groupIds) {
            SecurityGroup group = region.securityGroups().resources().require(id);
            if (!group.vpcId().equals(instance.vpcId())) {
                throw Ec2Error.invalidParameterValue("The security group '" + id
                        + "' does not belong to VPC '" + instance.vpcId() + "'");
            }
            unique.add(id);
        }
        if (unique.size() > 5) {
            throw Ec2Error.client("SecurityGroupsPerInstanceLimitExceeded",
                    "The maximum number of security groups per interface has been reached.");
        }
        region.networkInterfaces().setGroups(onlyInterface(instance), new ArrayList<>(unique));
    }

    /** blockDeviceMapping: changes DeleteOnTermination of the volume attached at {@code deviceName}. */
    public void setDeleteOnTermination(String instanceId, String deviceName, boolean deleteOnTermination) {
        Instance instance = requireLive(instanceId);
        InstanceBlockDevice device = instance.blockDevices().stream().filter(d -> d.deviceName().equals(deviceName))
                .findFirst().orElseThrow(() -> Ec2Error.client("InvalidInstanceAttributeValue",
                        "No device is currently mapped at " + Ec2Error.shorten(deviceName)));
        List<InstanceBlockDevice> devices = instance.blockDevices().stream()
                .map(d -> d == device ? new InstanceBlockDevice(d.deviceName(), d.volumeId(), d.attachTime(),
                        deleteOnTermination) : d).toList();
        instances.put(instance.toBuilder().blockDevices(devices).build());
        Volume volume = region.volumes().resources().require(device.volumeId());
        region.volumes().resources().put(volume.withState(volume.state(), volume.attachments().stream()
                .map(a -> a.instanceId().equals(instanceId) ? new VolumeAttachment(a.instanceId(), a.device(),
                        a.state(), a.attachTime(), deleteOnTermination) : a).toList()));
    }

    public MetadataOptions modifyMetadataOptions(String instanceId, LaunchRequest.MetadataRequest request) {
        Instance instance = requireLive(instanceId);
        MetadataOptions options = LaunchValidation.metadata(instance.metadataOptions(), request);
        instances.put(instance.toBuilder().metadataOptions(options).build());
        return options;
    }

    /** ModifyInstanceCreditSpecification for one instance: {@code standard} or {@code unlimited}, burstable types only. */
    public void setCpuCredits(String instanceId, String cpuCredits) {
        Instance instance = requireLive(instanceId);
        InstanceTypeInfo type = InstanceTypeCatalog.standard().find(instance.instanceType()).orElseThrow();
        if (!type.burstablePerformanceSupported()) {
            throw Ec2Error.client("InvalidParameterValue", "The instance " + instanceId
                    + " is not a burstable performance instance.");
        }
        instances.put(instance.toBuilder().cpuCredits(LaunchValidation.cpuCredits(cpuCredits, type)).build());
    }

    private Instance require(String instanceId) {
        if (instanceId == null || instanceId.isEmpty()) {
            throw Ec2Error.missingParameter("InstanceId");
        }
        return region.instances().requireAll(List.of(instanceId)).get(0);
    }

    private Instance requireLive(String instanceId) {
        Instance instance = require(instanceId);
        if (instance.state() == InstanceState.TERMINATED || instance.state() == InstanceState.SHUTTING_DOWN) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in a state from which its attributes can be modified.");
        }
        return instance;
    }

    private Instance requireStopped(String instanceId) {
        Instance instance = require(instanceId);
        if (instance.state() != InstanceState.STOPPED) {
            throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instanceId
                    + "' is not in the 'stopped' state.");
        }
        return instance;
    }
}
