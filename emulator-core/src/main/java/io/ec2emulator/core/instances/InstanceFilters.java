package io.ec2emulator.core.instances;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.interfaces.InterfacePrivateIp;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.interfaces.NetworkInterfaceKind;
import io.ec2emulator.core.interfaces.NetworkInterfaces;
import io.ec2emulator.core.interfaces.PublicIpAssociation;
import io.ec2emulator.core.network.DnsNames;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.Resources;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * DescribeInstances' filters. The common ones (id, state, type, image, key, VPC, subnet, zone,
 * addresses, reservation) are backed by store indexes; tag filters by the tag store's indexes.
 */
final class InstanceFilters {

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private InstanceFilters() {
    }

    static FilterSpec<Instance> spec(String region, Resources<SecurityGroup> groups, NetworkInterfaces interfaces) {
        return FilterSpec.<Instance>builder()
                .indexed("instance-id", "id", Instance::instanceId)
                .indexed("instance-state-name", "state", i -> i.state().wireName())
                .indexed("instance-type", "type", Instance::instanceType)
                .indexed("image-id", "image", Instance::imageId)
                .indexed("key-name", "key", Instance::keyName)
                .indexed("vpc-id", "vpc", Instance::vpcId)
                .indexed("subnet-id", "subnet", Instance::subnetId)
                .indexed("availability-zone", "zone", Instance::availabilityZone)
                .indexed("private-ip-address", "private-ip", Instance::privateIpAddress)
                .indexed("ip-address", "public-ip", Instance::publicIpAddress)
                .indexed("reservation-id", "reservation", Instance::reservationId)
                .tags()
                .deferred(more -> more
                        .single("instance-state-code", i -> i.state().code())
                        .single("availability-zone-id", Instance::availabilityZoneId)
                        .single("private-dns-name", Instance::privateDnsName)
                        .single("dns-name", i -> i.publicDnsName() == null || i.publicDnsName().isEmpty() ? null : i.publicDnsName())
                        .single("architecture", Instance::architecture)
                        .single("platform", Instance::platform)
                        .single("platform-details", Instance::platformDetails)
                        .single("usage-operation", Instance::usageOperation)
                        .single("launch-time", i -> TIMESTAMP.format(i.launchTime()))
                        .single("launch-index", Instance::amiLaunchIndex)
                        .single("owner-id", Instance::ownerId)
                        .single("client-token", Instance::clientToken)
                        .single("hypervisor", Instance::hypervisor)
                        .single("virtualization-type", Instance::virtualizationType)
                        .single("root-device-type", Instance::rootDeviceType)
                        .single("root-device-name", Instance::rootDeviceName)
                        .single("boot-mode", Instance::bootMode)
                        .single("current-instance-boot-mode", Instance::currentBootMode)
                        .single("ena-support", Instance::enaSupport)
                        .single("ebs-optimized", Instance::ebsOptimized)
                        .single("source-dest-check", Instance::sourceDestCheck)
                        .single("tenancy", Instance::tenancy)
                        .single("monitoring-state", Instance::monitoring)
                        .single("reason", i -> i.stateTransitionReason() == null || i.stateTransitionReason().isEmpty()
                                ? null : i.stateTransitionReason())
                        .single("state-reason-code", i -> i.stateReason() == null ? null : i.stateReason().code())
                        .single("state-reason-message", i -> i.stateReason() == null ? null : i.stateReason().message())
                        .many("instance.group-id", Instance::securityGroupIds)
                        .many("instance.group-name", i -> i.securityGroupIds().stream()
                                .map(id -> groups.get(id).map(SecurityGroup::groupName).orElse(null))
                                .filter(Objects::nonNull).toList())
                        .single("iam-instance-profile.arn", i -> i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().arn())
                        .single("iam-instance-profile.id", i -> i.iamInstanceProfile() == null ? null : i.iamInstanceProfile().id())
                        .single("metadata-options.http-tokens", i -> i.metadataOptions().httpTokens())
                        .single("metadata-options.http-put-response-hop-limit", i -> i.metadataOptions().httpPutResponseHopLimit())
                        .single("metadata-options.http-endpoint", i -> i.metadataOptions().httpEndpoint())
                        .single("metadata-options.http-protocol-ipv6", i -> i.metadataOptions().httpProtocolIpv6())
                        .single("metadata-options.instance-metadata-tags", i -> i.metadataOptions().instanceMetadataTags())
                        .many("block-device-mapping.device-name", i -> devices(i).map(InstanceBlockDevice::deviceName).toList())
                        .many("block-device-mapping.volume-id", i -> devices(i).map(InstanceBlockDevice::volumeId).toList())
                        .many("block-device-mapping.delete-on-termination",
                                i -> devices(i).map(d -> String.valueOf(d.deleteOnTermination())).toList())
                        .many("block-device-mapping.status", i -> devices(i).map(d -> "attached").toList())
                        .many("block-device-mapping.attach-time", i -> devices(i).map(d -> TIMESTAMP.format(d.attachTime())).toList())
                        .many("network-interface.network-interface-id", eni(interfaces, n -> one(n.networkInterfaceId())))
                        .many("network-interface.subnet-id", eni(interfaces, n -> one(n.subnetId())))
                        .many("network-interface.vpc-id", eni(interfaces, n -> one(n.vpcId())))
                        .many("network-interface.availability-zone", eni(interfaces, n -> one(n.availabilityZone())))
                        .many("network-interface.description", eni(interfaces, n -> one(n.description())))
                        .many("network-interface.owner-id", eni(interfaces, n -> one(n.ownerId())))
                        .many("network-interface.status", eni(interfaces, n -> one(n.status())))
                        .many("network-interface.source-dest-check", eni(interfaces, n -> one(n.sourceDestCheck())))
                        .many("network-interface.requester-managed", eni(interfaces, n -> one(n.requesterManaged())))
                        .many("network-interface.private-dns-name",
                                eni(interfaces, n -> one(DnsNames.privateName(region, n.privateIpAddress()))))
                        .many("network-interface.mac-address", eni(interfaces, n -> one(n.macAddress())))
                        .many("network-interface.group-id", eni(interfaces, NetworkInterface::groupIds))
                        .many("network-interface.group-name",
                                eni(interfaces, n -> NetworkInterfaceKind.groupNames(groups, n.groupIds())))
                        .many("network-interface.addresses.private-ip-address",
                                eni(interfaces, n -> n.privateIps().stream().map(InterfacePrivateIp::address).toList()))
                        .many("network-interface.addresses.primary",
                                eni(interfaces, n -> n.privateIps().stream().map(p -> String.valueOf(p.primary())).toList()))
                        .many("network-interface.addresses.association.public-ip",
                                eni(interfaces, n -> n.associations().stream().map(PublicIpAssociation::publicIp).toList()))
                        .many("network-interface.addresses.association.ip-owner-id",
                                eni(interfaces, n -> n.associations().stream().map(PublicIpAssociation::ipOwnerId).toList()))
                        .many("network-interface.association.public-ip",
                                eni(interfaces, n -> n.association().map(a -> one(a.publicIp())).orElse(List.of())))
                        .many("network-interface.association.ip-owner-id",
                                eni(interfaces, n -> n.association().map(a -> one(a.ipOwnerId())).orElse(List.of())))
                        .many("network-interface.association.allocation-id",
                                eni(interfaces, n -> n.association().map(a -> one(a.allocationId())).orElse(List.of())))
                        .many("network-interface.association.association-id",
                                eni(interfaces, n -> n.association().map(a -> one(a.associationId())).orElse(List.of())))
                        .many("network-interface.association.public-dns-name", eni(interfaces, n -> n.association()
                                .map(a -> one(DnsNames.publicName(region, a.publicIp()))).orElse(List.of())))
                        .many("network-interface.attachment.attachment-id",
                                eni(interfaces, n -> one(n.attachment().attachmentId())))
                        .many("network-interface.attachment.instance-id", eni(interfaces, n -> one(n.attachment().instanceId())))
                        .many("network-interface.attachment.instance-owner-id",
                                eni(interfaces, n -> one(n.attachment().instanceOwnerId())))
                        .many("network-interface.attachment.device-index", eni(interfaces, n -> one(n.attachment().deviceIndex())))
                        .many("network-interface.attachment.status", eni(interfaces, n -> one(n.attachment().status())))
                        .many("network-interface.attachment.attach-time",
                                eni(interfaces, n -> one(TIMESTAMP.format(n.attachment().attachTime()))))
                        .many("network-interface.attachment.delete-on-termination",
                                eni(interfaces, n -> one(n.attachment().deleteOnTermination())))
                        .many("instance-lifecycle", i -> List.of()))
                .build();
    }

    /** A filter over the network interfaces attached to the instance (none once it is terminated). */
    private static Function<Instance, Collection<String>> eni(NetworkInterfaces interfaces,
                                                              Function<NetworkInterface, Collection<String>> values) {
        return i -> interfaces.attachedTo(i.instanceId()).stream().flatMap(n -> values.apply(n).stream())
                .filter(Objects::nonNull).toList();
    }

    private static List<String> one(Object value) {
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static Stream<InstanceBlockDevice> devices(Instance instance) {
        return instance.blockDevices().stream();
    }
}
