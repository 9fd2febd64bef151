package io.ec2emulator.core.vpc;

import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;

/**
 * The VPC building blocks of one account and region: VPCs, subnets, internet gateways and egress-only
 * internet gateways, route tables, network ACLs and DHCP options sets.
 */
public final class Networking {

    private final Resources<Vpc> vpcs;
    private final Resources<Subnet> subnets;
    private final Resources<InternetGateway> internetGateways;
    private final Resources<EgressOnlyInternetGateway> egressOnlyInternetGateways;
    private final Resources<RouteTable> routeTables;
    private final Resources<NetworkAcl> networkAcls;
    private final Resources<DhcpOptions> dhcpOptions;
    private final SubnetAddresses addresses;
    private final CreationTokens creationTokens;

    public Networking(RegionState region) {
        this.vpcs = new Resources<>(region, VpcKinds.VPC);
        this.subnets = new Resources<>(region, VpcKinds.SUBNET);
        this.internetGateways = new Resources<>(region, VpcKinds.INTERNET_GATEWAY);
        this.egressOnlyInternetGateways = new Resources<>(region, VpcKinds.EGRESS_ONLY_INTERNET_GATEWAY);
        this.routeTables = new Resources<>(region, VpcKinds.ROUTE_TABLE);
        this.networkAcls = new Resources<>(region, VpcKinds.NETWORK_ACL);
        this.dhcpOptions = new Resources<>(region, VpcKinds.DHCP_OPTIONS);
        this.addresses = new SubnetAddresses(region, this);
        this.creationTokens = new CreationTokens(region);
    }

    /** The private addresses in use in each subnet. */
    public SubnetAddresses addresses() {
        return addresses;
    }

    /** The client tokens of CreateRouteTable, CreateNetworkAcl and CreateEgressOnlyInternetGateway. */
    public CreationTokens creationTokens() {
        return creationTokens;
    }

    public Resources<Vpc> vpcs() {
        return vpcs;
    }

    public Resources<Subnet> subnets() {
        return subnets;
    }

    public Resources<InternetGateway> internetGateways() {
        return internetGateways;
    }

    public Resources<EgressOnlyInternetGateway> egressOnlyInternetGateways() {
        return egressOnlyInternetGateways;
    }

    public Resources<RouteTable> routeTables() {
        return routeTables;
    }

    public Resources<NetworkAcl> networkAcls() {
        return networkAcls;
    }

    public Resources<DhcpOptions> dhcpOptions() {
        return dhcpOptions;
    }

    /**
     * The route table that governs a subnet: the table explicitly associated with it, else its VPC's
     * main route table.
     */
    public RouteTable routeTableOf(Subnet subnet) {
        RouteTable main = null;
        for (RouteTable table : routeTables.all()) {
            if (!table.vpcId().equals(subnet.vpcId())) {
                continue;
            }
            for (RouteTableAssociation association : table.associations()) {
                if (subnet.subnetId().equals(association.subnetId())) {
                    return table;
                }
                if (association.main()) {
                    main = table;
                }
            }
        }
        if (main == null) {
            throw new IllegalStateException("VPC " + subnet.vpcId() + " has no main route table");
        }
        return main;
    }

    /** The network ACL associated with a subnet (every subnet has exactly one). */
    public NetworkAcl networkAclOf(Subnet subnet) {
        for (NetworkAcl acl : networkAcls.all()) {
            if (acl.associations().stream().anyMatch(a -> subnet.subnetId().equals(a.subnetId()))) {
                return acl;
            }
        }
        throw new IllegalStateException("subnet " + subnet.subnetId() + " has no network ACL");
    }

    /** The default VPC of the region, if it has one. */
    public java.util.Optional<Vpc> defaultVpc() {
        return vpcs.all().stream().filter(Vpc::isDefault).findFirst();
    }
}
