package io.ec2emulator.core.interfaces;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.network.DnsNames;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.ResourceKind;
import io.ec2emulator.core.state.Resources;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** EC2's facts about network interfaces: id prefix, errors, DescribeNetworkInterfaces' filters. */
public final class NetworkInterfaceKind {

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** Store index: instance id → the interfaces attached to it. */
    public static final String BY_INSTANCE = "instance";
    /** Store index: Elastic IP allocation id → the interface it is associated with. */
    public static final String BY_ALLOCATION = "allocation";
    /** Store index: Elastic IP association id → the interface. */
    public static final String BY_ASSOCIATION = "association";

    private NetworkInterfaceKind() {
    }

    static ResourceKind<NetworkInterface> kind(String region, Resources<SecurityGroup> groups) {
        return new ResourceKind<>("eni", "network-interface", NetworkInterface::networkInterfaceId,
                "InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '%s' does not exist",
                "InvalidNetworkInterfaceID.Malformed", filters(region, groups), 5, 1000);
    }

    private static FilterSpec<NetworkInterface> filters(String region, Resources<SecurityGroup> groups) {
        return FilterSpec.<NetworkInterface>builder()
                .indexed("network-interface-id", "id", NetworkInterface::networkInterfaceId)
                .indexed("attachment.instance-id", BY_INSTANCE, n -> attachment(n, InterfaceAttachment::instanceId))
                .indexed("subnet-id", "subnet", NetworkInterface::subnetId)
                .indexed("vpc-id", "vpc", NetworkInterface::vpcId)
                .tags()
                .deferred(more -> more
                        .many("addresses.private-ip-address", n -> ips(n, InterfacePrivateIp::address))
                        .many("addresses.primary", n -> n.privateIps().stream().map(p -> String.valueOf(p.primary())).distinct()
                                .toList())
                        .many("addresses.association.public-ip", n -> publicValues(n, PublicIpAssociation::publicIp))
                        .many("addresses.association.owner-id", n -> publicValues(n, PublicIpAssociation::ipOwnerId))
                        .single("association.association-id", n -> n.association().map(PublicIpAssociation::associationId).orElse(null))
                        .single("association.allocation-id", n -> n.association().map(PublicIpAssociation::allocationId).orElse(null))
                        .single("association.ip-owner-id", n -> n.association().map(PublicIpAssociation::ipOwnerId).orElse(null))
                        .single("association.public-ip", n -> n.association().map(PublicIpAssociation::publicIp).orElse(null))
                        .single("association.public-dns-name", n -> n.association()
                                .map(a -> DnsNames.publicName(region, a.publicIp())).orElse(null))
                        .single("attachment.attachment-id", n -> attachment(n, InterfaceAttachment::attachmentId))
                        .single("attachment.attach-time", n -> attachment(n, a -> TIMESTAMP.format(a.attachTime())))
                        .single("attachment.delete-on-termination", n -> attachment(n, InterfaceAttachment::deleteOnTermination))
                        .single("attachment.device-index", n -> attachment(n, InterfaceAttachment::deviceIndex))
                        .single("attachment.instance-owner-id", n -> attachment(n, InterfaceAttachment::instanceOwnerId))
                        .single("attachment.status", n -> attachment(n, InterfaceAttachment::status))
                        .single("availability-zone", NetworkInterface::availabilityZone)
                        .single("description", NetworkInterface::description)
                        .many("group-id", NetworkInterface::groupIds)
                        .many("group-name", n -> groupNames(groups, n.groupIds()))
                        .many("ipv6-addresses.ipv6-address", n -> List.of())
                        .single("interface-type", NetworkInterface::interfaceType)
                        .single("mac-address", NetworkInterface::macAddress)
                        .single("owner-id", NetworkInterface::ownerId)
                        .single("private-dns-name", n -> DnsNames.privateName(region, n.privateIpAddress()))
                        .single("private-ip-address", NetworkInterface::privateIpAddress)
                        .single("requester-id", NetworkInterface::requesterId)
                        .single("requester-managed", NetworkInterface::requesterManaged)
                        .single("source-dest-check", NetworkInterface::sourceDestCheck)
                        .single("status", NetworkInterface::status))
                .build();
    }

    /** The store indexes that are not filters. */
    static void declareIndexes(Resources<NetworkInterface> interfaces) {
        interfaces.index(BY_ALLOCATION, n -> n.associations().stream().map(PublicIpAssociation::allocationId)
                        .filter(Objects::nonNull).toList())
                .index(BY_ASSOCIATION, n -> n.associations().stream().map(PublicIpAssociation::associationId)
                        .filter(Objects::nonNull).toList());
    }

    public static List<String> groupNames(Resources<SecurityGroup> groups, List<String> ids) {
        return ids.stream().map(id -> groups.get(id).map(SecurityGroup::groupName).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private static Collection<String> ips(NetworkInterface n, Function<InterfacePrivateIp, String> value) {
        return n.privateIps().stream().map(value).toList();
    }

    private static Collection<String> publicValues(NetworkInterface n, Function<PublicIpAssociation, String> value) {
        return n.associations().stream().map(value).filter(Objects::nonNull).toList();
    }

    private static Object attachment(NetworkInterface n, Function<InterfaceAttachment, Object> value) {
        return n.attachment() == null ? null : value.apply(n.attachment());
    }
}
