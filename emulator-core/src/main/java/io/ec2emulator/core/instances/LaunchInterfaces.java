package io.ec2emulator.core.instances;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.interfaces.InterfaceLimits;
import io.ec2emulator.core.interfaces.InterfaceRequest;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.vpc.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The network interfaces of a launch: checked once against EC2's rules and the instance type's
 * limits, then created (or, for an existing interface, attached) for each instance. Without
 * {@code NetworkInterface} specifications an instance gets one new primary interface.
 */
final class LaunchInterfaces {

    private final RegionState region;
    private final LaunchRequest request;
    private final Subnet subnet;
    private final List<String> groups;
    private final boolean publicIp;
    private final List<TagSpecification> tags;
    private final List<LaunchRequest.InterfaceSpec> specs;

    private LaunchInterfaces(RegionState region, LaunchRequest request, Subnet subnet, List<String> groups,
                             boolean publicIp, List<TagSpecification> tags, List<LaunchRequest.InterfaceSpec> specs) {
        this.region = region;
        this.request = request;
        this.subnet = subnet;
        this.groups = groups;
        this.publicIp = publicIp;
        this.tags = tags;
        this.specs = specs;
    }

    /** The existing interface a launch names for device index 0, if any. */
    static String existingPrimary(LaunchRequest request) {
        return request.networkInterfaces().stream().filter(s -> s.deviceIndex() == 0).findFirst()
                .map(LaunchRequest.InterfaceSpec::networkInterfaceId).orElse(null);
    }

    static LaunchInterfaces plan(RegionState region, LaunchRequest request, InstanceTypeInfo type, Subnet subnet,
                                 List<String> groups, boolean publicIp, int count, List<TagSpecification> tags) {
        List<LaunchRequest.InterfaceSpec> specs = request.networkInterfaces().stream()
                .sorted(Comparator.comparingInt(LaunchRequest.InterfaceSpec::deviceIndex)).toList();
        InterfaceLimits.checkInterfaceCount(type.instanceType(), Math.max(1, specs.size()));
        if (specs.isEmpty()) {
            return new LaunchInterfaces(region, request, subnet, groups, publicIp, tags, specs);
        }
        Set<Integer> indexes = new HashSet<>();
        for (LaunchRequest.InterfaceSpec spec : specs) {
            if (spec.deviceIndex() < 0 || !indexes.add(spec.deviceIndex())) {
                throw Ec2Error.invalidParameterValue("Each network interface requires a unique device index.");
            }
            if (spec.networkInterfaceId() != null) {
                if (count > 1) {
                    throw Ec2Error.invalidParameterCombination(
                            "Network interface IDs cannot be specified when launching more than one instance.");
                }
                if (spec.subnetId() != null || !spec.groupIds().isEmpty() || spec.privateIpAddress() != null
                        || !spec.secondaryPrivateIps().isEmpty() || spec.secondaryPrivateIpCount() != null) {
                    throw Ec2Error.invalidParameterCombination("A network interface ID cannot be specified together "
                            + "with a subnet, security groups or private addresses for the same interface.");
                }
                if (Boolean.TRUE.equals(spec.deleteOnTermination())) {
                    throw Ec2Error.invalidParameterCombination(
                            "DeleteOnTermination can be true only for a network interface the launch creates.");
                }
                NetworkInterface eni = region.networkInterfaces().requireUserManaged(spec.networkInterfaceId());
                InterfaceLimits.checkAddressCount(type.instanceType(), eni.privateIps().size());
                if (!eni.availabilityZone().equals(subnet.availabilityZone())) {
                    throw Ec2Error.invalidParameterValue("The network interface '" + eni.networkInterfaceId()
                            + "' is not in the availability zone " + subnet.availabilityZone() + ".");
                }
            } else {
                if (spec.deviceIndex() != 0 && spec.subnetId() == null) {
                    throw Ec2Error.missingParameter("NetworkInterface.SubnetId");
                }
                int secondary = spec.secondaryPrivateIpCount() != null ? spec.secondaryPrivateIpCount()
                        : spec.secondaryPrivateIps().size();
                InterfaceLimits.checkAddressCount(type.instanceType(), 1 + secondary);
                if (spec.deviceIndex() != 0) {
                    Subnet other = region.networking().subnets().require(spec.subnetId());
                    if (!other.availabilityZone().equals(subnet.availabilityZone())) {
                        throw Ec2Error.invalidParameterValue("The subnet '" + other.subnetId()
                                + "' of network interface " + spec.deviceIndex()
                                + " is not in the availability zone " + subnet.availabilityZone() + ".");
                    }
                    if (spec.privateIpAddress() != null && count > 1) {
                        throw Ec2Error.invalidParameterCombination(
                                "A private IP address cannot be specified when launching more than one instance.");
                    }
                }
            }
        }
        if (!indexes.contains(0)) {
            throw Ec2Error.invalidParameterValue("The network interface at device index 0 (the primary one) must be specified.");
        }
        if (Boolean.TRUE.equals(request.associatePublicIpAddress()) && specs.size() > 1) {
            throw Ec2Error.invalidParameterCombination("The associatePublicIPAddress parameter cannot be specified "
                    + "when launching with multiple network interfaces.");
        }
        if (Boolean.TRUE.equals(request.associatePublicIpAddress()) && existingPrimary(request) != null) {
            throw Ec2Error.invalidParameterCombination(
                    "The associatePublicIPAddress parameter can only be specified for a new network interface.");
        }
        return new LaunchInterfaces(region, request, subnet, groups, publicIp, tags, specs);
    }

    /** The instance's interfaces, primary first, created or attached now. */
    List<NetworkInterface> createFor(String instanceId) {
        List<NetworkInterface> created = new ArrayList<>();
        if (specs.isEmpty()) {
            created.add(region.networkInterfaces().createForLaunch(subnet, new InterfaceRequest(subnet.subnetId(), "",
                    request.privateIpAddress(), null, null, groups), groups, instanceId, 0, true,
                    publicIp, tags));
            return created;
        }
        boolean single = specs.size() == 1;
        for (LaunchRequest.InterfaceSpec spec : specs) {
            boolean deleteOnTermination = spec.deleteOnTermination() == null
                    ? spec.networkInterfaceId() == null : spec.deleteOnTermination();
            if (spec.networkInterfaceId() != null) {
                created.add(region.networkInterfaces().attachForLaunch(spec.networkInterfaceId(), instanceId,
                        spec.deviceIndex(), deleteOnTermination));
                continue;
            }
            boolean primary = spec.deviceIndex() == 0;
            Subnet where = primary ? subnet : region.networking().subnets().require(spec.subnetId());
            List<String> groupIds = primary ? groups : region.networkInterfaces().groups(where, spec.groupIds());
            String privateIp = primary ? request.privateIpAddress() : spec.privateIpAddress();
            created.add(region.networkInterfaces().createForLaunch(where, new InterfaceRequest(where.subnetId(),
                    spec.description(), privateIp, spec.secondaryPrivateIps(), spec.secondaryPrivateIpCount(), groupIds),
                    groupIds, instanceId, spec.deviceIndex(), deleteOnTermination, primary && single && publicIp, tags));
        }
        return created;
    }
}
