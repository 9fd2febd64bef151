package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.DhcpOptions;
import io.ec2emulator.core.vpc.InternetGateway;
import io.ec2emulator.core.vpc.NetworkAcl;
import io.ec2emulator.core.vpc.RouteTable;
import io.ec2emulator.core.vpc.Subnet;
import io.ec2emulator.core.vpc.Vpc;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeDhcpOptionsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;

/** The Describe calls of the VPC building blocks: VPCs, subnets, gateways, route tables, ACLs, DHCP options. */
public final class VpcActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeVpcs", DescribeVpcsRequest.class, this::describeVpcs)
                .register("DescribeSubnets", DescribeSubnetsRequest.class, this::describeSubnets)
                .register("DescribeInternetGateways", DescribeInternetGatewaysRequest.class, this::describeGateways)
                .register("DescribeRouteTables", DescribeRouteTablesRequest.class, this::describeRouteTables)
                .register("DescribeNetworkAcls", DescribeNetworkAclsRequest.class, this::describeNetworkAcls)
                .register("DescribeDhcpOptions", DescribeDhcpOptionsRequest.class, this::describeDhcpOptions);
    }

    private DescribeVpcsResponse describeVpcs(ActionContext ctx, DescribeVpcsRequest request) {
        RegionState state = ctx.state();
        Page<Vpc> page = state.networking().vpcs().describe(request.vpcIds(), Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        return DescribeVpcsResponse.builder()
                .vpcs(page.items().stream().map(v -> sdkVpc(state, v)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeSubnetsResponse describeSubnets(ActionContext ctx, DescribeSubnetsRequest request) {
        RegionState state = ctx.state();
        Page<Subnet> page = state.networking().subnets().describe(request.subnetIds(), Wire.filters(request.filters()),
                request.maxResults(), request.nextToken());
        return DescribeSubnetsResponse.builder()
                .subnets(page.items().stream().map(s -> sdkSubnet(state, s)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeInternetGatewaysResponse describeGateways(ActionContext ctx, DescribeInternetGatewaysRequest request) {
        RegionState state = ctx.state();
        Page<InternetGateway> page = state.networking().internetGateways().describe(request.internetGatewayIds(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeInternetGatewaysResponse.builder()
                .internetGateways(page.items().stream().map(g -> sdkGateway(state, g)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeRouteTablesResponse describeRouteTables(ActionContext ctx, DescribeRouteTablesRequest request) {
        RegionState state = ctx.state();
        Page<RouteTable> page = state.networking().routeTables().describe(request.routeTableIds(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeRouteTablesResponse.builder()
                .routeTables(page.items().stream().map(t -> RouteTableActions.sdkRouteTable(state, t)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeNetworkAclsResponse describeNetworkAcls(ActionContext ctx, DescribeNetworkAclsRequest request) {
        RegionState state = ctx.state();
        Page<NetworkAcl> page = state.networking().networkAcls().describe(request.networkAclIds(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeNetworkAclsResponse.builder()
                .networkAcls(page.items().stream().map(a -> NetworkAclActions.sdkNetworkAcl(state, a)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeDhcpOptionsResponse describeDhcpOptions(ActionContext ctx, DescribeDhcpOptionsRequest request) {
        RegionState state = ctx.state();
        Page<DhcpOptions> page = state.networking().dhcpOptions().describe(request.dhcpOptionsIds(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeDhcpOptionsResponse.builder()
                .dhcpOptions(page.items().stream().map(d -> DhcpOptionsActions.sdkDhcpOptions(state, d)).toList())
                .nextToken(page.nextToken())
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Vpc sdkVpc(RegionState state, Vpc v) {
        return software.amazon.awssdk.services.ec2.model.Vpc.builder()
                .vpcId(v.vpcId())
                .cidrBlock(v.cidrBlock())
                .cidrBlockAssociationSet(v.ipv4CidrBlocks().stream()
                        .map(b -> VpcCidrActions.ipv4Association(b, "associated")).toList())
                .ipv6CidrBlockAssociationSet(v.ipv6CidrBlocks().stream()
                        .map(b -> VpcCidrActions.ipv6Association(b, "associated", state.region())).toList())
                .dhcpOptionsId(v.dhcpOptionsId())
                .instanceTenancy("default")
                .isDefault(v.isDefault())
                .ownerId(v.ownerId())
                .state("available")
                .tags(Wire.sdkTags(state.tags().tagsOf(v.vpcId())))
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.Subnet sdkSubnet(RegionState state, Subnet s) {
        return software.amazon.awssdk.services.ec2.model.Subnet.builder()
                .subnetId(s.subnetId())
                .subnetArn(s.arn())
                .vpcId(s.vpcId())
                .cidrBlock(s.cidrBlock())
                .availabilityZone(s.availabilityZone())
                .availabilityZoneId(s.availabilityZoneId())
                .availableIpAddressCount(s.availableIpAddressCount())
                .defaultForAz(s.defaultForAz())
                .mapPublicIpOnLaunch(s.mapPublicIpOnLaunch())
                .mapCustomerOwnedIpOnLaunch(false)
                .assignIpv6AddressOnCreation(false)
                .ipv6CidrBlockAssociationSet(s.ipv6CidrBlocks().stream()
                        .map(b -> VpcCidrActions.subnetIpv6Association(b, "associated")).toList())
                .ipv6Native(false)
                .enableDns64(false)
                .ownerId(s.ownerId())
                .state("available")
                .tags(Wire.sdkTags(state.tags().tagsOf(s.subnetId())))
                .build();
    }

    static software.amazon.awssdk.services.ec2.model.InternetGateway sdkGateway(RegionState state,
                                                                               InternetGateway g) {
        return software.amazon.awssdk.services.ec2.model.InternetGateway
                .builder()
                .internetGatewayId(g.internetGatewayId())
                .ownerId(g.ownerId())
                .attachments(g.attachedVpcId() == null ? List.of()
                        : List.of(InternetGatewayAttachment.builder().vpcId(g.attachedVpcId())
                        .state("available").build()))
                .tags(Wire.sdkTags(state.tags().tagsOf(g.internetGatewayId())))
                .build();
    }
}
