package io.ec2emulator.core.vpc;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.state.ResourceKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** EC2's facts about VPCs, subnets, internet gateways, route tables, network ACLs and DHCP options. */
public final class VpcKinds {

    private VpcKinds() {
    }

    public static final ResourceKind<Vpc> VPC = new ResourceKind<>("vpc", "vpc", Vpc::vpcId,
            "InvalidVpcID.NotFound", "The vpc ID '%s' does not exist", "InvalidVpcID.Malformed",
            FilterSpec.<Vpc>builder()
                    .indexed("vpc-id", "id", Vpc::vpcId)
                    .tags()
                    .deferred(more -> more
                            .single("cidr", Vpc::cidrBlock)
                            .many("cidr-block-association.cidr-block", v -> blocks(v.ipv4CidrBlocks(), VpcCidrBlock::cidrBlock))
                            .many("cidr-block-association.association-id",
                                    v -> blocks(v.ipv4CidrBlocks(), VpcCidrBlock::associationId))
                            .many("cidr-block-association.state", v -> blocks(v.ipv4CidrBlocks(), b -> "associated"))
                            .single("dhcp-options-id", Vpc::dhcpOptionsId)
                            .many("ipv6-cidr-block-association.ipv6-cidr-block",
                                    v -> blocks(v.ipv6CidrBlocks(), VpcCidrBlock::cidrBlock))
                            .many("ipv6-cidr-block-association.ipv6-pool", v -> blocks(v.ipv6CidrBlocks(), b -> "Amazon"))
                            .many("ipv6-cidr-block-association.association-id",
                                    v -> blocks(v.ipv6CidrBlocks(), VpcCidrBlock::associationId))
                            .many("ipv6-cidr-block-association.state", v -> blocks(v.ipv6CidrBlocks(), b -> "associated"))
                            .single("is-default", Vpc::isDefault)
                            .single("owner-id", Vpc::ownerId)
                            .single("state", v -> "available"))
                    .build(),
            5, 1000);

    public static final ResourceKind<Subnet> SUBNET = new ResourceKind<>("subnet", "subnet", Subnet::subnetId,
            "InvalidSubnetID.NotFound", "The subnet ID '%s' does not exist", "InvalidSubnetID.Malformed",
            FilterSpec.<Subnet>builder()
                    .indexed("subnet-id", "id", Subnet::subnetId)
                    .indexed("vpc-id", "vpc", Subnet::vpcId)
                    .tags()
                    .deferred(more -> more
                            .single("availability-zone", Subnet::availabilityZone)
                            .single("availabilityZone", Subnet::availabilityZone)
                            .single("availability-zone-id", Subnet::availabilityZoneId)
                            .single("availabilityZoneId", Subnet::availabilityZoneId)
                            .single("available-ip-address-count", Subnet::availableIpAddressCount)
                            .single("cidr-block", Subnet::cidrBlock)
                            .single("cidr", Subnet::cidrBlock)
                            .single("cidrBlock", Subnet::cidrBlock)
                            .single("default-for-az", Subnet::defaultForAz)
                            .single("defaultForAz", Subnet::defaultForAz)
                            .many("ipv6-cidr-block-association.ipv6-cidr-block",
                                    s -> blocks(s.ipv6CidrBlocks(), VpcCidrBlock::cidrBlock))
                            .many("ipv6-cidr-block-association.association-id",
                                    s -> blocks(s.ipv6CidrBlocks(), VpcCidrBlock::associationId))
                            .many("ipv6-cidr-block-association.state", s -> blocks(s.ipv6CidrBlocks(), b -> "associated"))
                            .single("ipv6-native", s -> false)
                            .single("map-public-ip-on-launch", Subnet::mapPublicIpOnLaunch)
                            .single("owner-id", Subnet::ownerId)
                            .single("state", s -> "available")
                            .single("subnet-arn", Subnet::arn)
                            .single("vpcId", Subnet::vpcId))
                    .build(),
            5, 1000);

    public static final ResourceKind<InternetGateway> INTERNET_GATEWAY = new ResourceKind<>("igw", "internet-gateway",
            InternetGateway::internetGatewayId,
            "InvalidInternetGatewayID.NotFound", "The internetGateway ID '%s' does not exist",
            "InvalidInternetGatewayID.Malformed",
            FilterSpec.<InternetGateway>builder()
                    .tags()
                    .deferred(more -> more
                            .single("internet-gateway-id", InternetGateway::internetGatewayId)
                            .single("attachment.vpc-id", InternetGateway::attachedVpcId)
                            .single("attachment.state", g -> g.attachedVpcId() == null ? null : "available")
                            .single("owner-id", InternetGateway::ownerId))
                    .build(),
            5, 1000);

    public static final ResourceKind<EgressOnlyInternetGateway> EGRESS_ONLY_INTERNET_GATEWAY = new ResourceKind<>(
            "eigw", "egress-only-internet-gateway", EgressOnlyInternetGateway::egressOnlyInternetGatewayId,
            "InvalidGatewayID.NotFound", "The eigw ID '%s' does not exist", "InvalidEgressOnlyInternetGatewayId.Malformed",
            FilterSpec.<EgressOnlyInternetGateway>builder()
                    .tags()
                    .build(),
            5, 255);

    public static final ResourceKind<RouteTable> ROUTE_TABLE = new ResourceKind<>("rtb", "route-table",
            RouteTable::routeTableId,
            "InvalidRouteTableID.NotFound", "The routeTable ID '%s' does not exist", "InvalidRouteTableID.Malformed",
            FilterSpec.<RouteTable>builder()
                    .tags()
                    .deferred(more -> more
                            .single("route-table-id", RouteTable::routeTableId)
                            .single("vpc-id", RouteTable::vpcId)
                            .single("owner-id", RouteTable::ownerId)
                            .many("association.route-table-association-id",
                                    t -> t.associations().stream().map(RouteTableAssociation::associationId).toList())
                            .many("association.route-table-id",
                                    t -> t.associations().isEmpty() ? List.of() : List.of(t.routeTableId()))
                            .many("association.subnet-id", t -> t.associations().stream()
                                    .map(RouteTableAssociation::subnetId).filter(Objects::nonNull).toList())
                            .many("association.main", t -> t.associations().stream()
                                    .map(a -> String.valueOf(a.main())).distinct().toList())
                            .many("association.gateway-id", t -> List.of())
                            .many("route.destination-cidr-block", t -> routeValues(t, Route::destinationCidrBlock))
                            .many("route.destination-ipv6-cidr-block", t -> routeValues(t, Route::destinationIpv6CidrBlock))
                            .many("route.destination-prefix-list-id", t -> List.of())
                            .many("route.egress-only-internet-gateway-id",
                                    t -> routeValues(t, Route::egressOnlyInternetGatewayId))
                            .many("route.gateway-id", t -> routeValues(t, Route::gatewayId))
                            .many("route.instance-id", t -> routeValues(t, Route::instanceId))
                            .many("route.nat-gateway-id", t -> routeValues(t, Route::natGatewayId))
                            .many("route.network-interface-id", t -> routeValues(t, Route::networkInterfaceId))
                            .many("route.transit-gateway-id", t -> List.of())
                            .many("route.vpc-peering-connection-id", t -> routeValues(t, Route::vpcPeeringConnectionId))
                            .many("route.origin", t -> routeValues(t, Route::origin))
                            .many("route.state", t -> t.routes().stream().map(Route::state).toList()))
                    .build(),
            5, 100);

    public static final ResourceKind<NetworkAcl> NETWORK_ACL = new ResourceKind<>("acl", "network-acl",
            NetworkAcl::networkAclId,
            "InvalidNetworkAclID.NotFound", "The networkAcl ID '%s' does not exist", "InvalidNetworkAclID.Malformed",
            FilterSpec.<NetworkAcl>builder()
                    .tags()
                    .deferred(more -> more
                            .single("network-acl-id", NetworkAcl::networkAclId)
                            .single("vpc-id", NetworkAcl::vpcId)
                            .single("default", NetworkAcl::isDefault)
                            .single("owner-id", NetworkAcl::ownerId)
                            .many("association.association-id",
                                    a -> a.associations().stream().map(NetworkAclAssociation::associationId).toList())
                            .many("association.network-acl-id",
                                    a -> a.associations().isEmpty() ? List.of() : List.of(a.networkAclId()))
                            .many("association.subnet-id",
                                    a -> a.associations().stream().map(NetworkAclAssociation::subnetId).toList())
                            .many("entry.cidr", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.cidrBlock())).toList())
                            .many("entry.egress", a -> a.entries().stream().map(e -> String.valueOf(e.egress())).toList())
                            .many("entry.protocol", a -> a.entries().stream().map(NetworkAclEntry::protocol).toList())
                            .many("entry.rule-action", a -> a.entries().stream().map(NetworkAclEntry::ruleAction).toList())
                            .many("entry.rule-number",
                                    a -> a.entries().stream().map(e -> String.valueOf(e.ruleNumber())).toList())
                            .many("entry.port-range.from", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.fromPort())).map(String::valueOf).toList())
                            .many("entry.port-range.to", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.toPort())).map(String::valueOf).toList())
                            .many("entry.ipv6-cidr", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.ipv6CidrBlock())).toList())
                            .many("entry.icmp.type", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.icmpType())).map(String::valueOf).toList())
                            .many("entry.icmp.code", a -> a.entries().stream()
                                    .flatMap(e -> Stream.ofNullable(e.icmpCode())).map(String::valueOf).toList()))
                    .build(),
            5, 1000);

    public static final ResourceKind<DhcpOptions> DHCP_OPTIONS = new ResourceKind<>("dopt", "dhcp-options",
            DhcpOptions::dhcpOptionsId,
            "InvalidDhcpOptionID.NotFound", "The dhcpOption ID '%s' does not exist", "InvalidDhcpOptionsId.Malformed",
            FilterSpec.<DhcpOptions>builder()
                    .tags()
                    .deferred(more -> more
                            .single("dhcp-options-id", DhcpOptions::dhcpOptionsId)
                            .many("key", d -> List.copyOf(d.configurations().keySet()))
                            .many("value", d -> d.configurations().values().stream().flatMap(List::stream).toList())
                            .single("owner-id", DhcpOptions::ownerId))
                    .build(),
            5, 1000);

    private static <B> List<String> blocks(List<B> blocks, Function<B, String> value) {
        return blocks.stream().map(value).toList();
    }

    private static List<String> routeValues(RouteTable table, Function<Route, String> value) {
        return table.routes().stream().map(value).filter(Objects::nonNull).toList();
    }
}
