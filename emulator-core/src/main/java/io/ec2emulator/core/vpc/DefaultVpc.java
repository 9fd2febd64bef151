package io.ec2emulator.core.vpc;

import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.regions.ZoneInfo;
import io.ec2emulator.core.state.RegionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every new account finds in every region, as on AWS: a default VPC 172.31.0.0/16 with one
 * default /20 subnet per availability zone that maps public IPs on launch, an attached internet
 * gateway, a main route table with the local route and 0.0.0.0/0 to the gateway, a default network
 * ACL that allows everything, a DHCP options set, and the VPC's default security group.
 */
public final class DefaultVpc {

    static final String CIDR = "172.31.0.0/16";
    /** A /20 has 4,096 addresses; EC2 reserves 5 in every subnet. */
    static final int ADDRESSES_PER_DEFAULT_SUBNET = 4096 - 5;

    private DefaultVpc() {
    }

    public static Vpc create(RegionState region) {
        Networking net = region.networking();
        String owner = region.accountId();
        String domainName = region.region().equals("us-east-1") ? "ec2.internal" : region.region() + ".compute.internal";
        DhcpOptions dhcp = new DhcpOptions(net.dhcpOptions().newId(),
                Map.of("domain-name", List.of(domainName), "domain-name-servers", List.of("AmazonProvidedDNS")), owner);
        net.dhcpOptions().put(dhcp);

        Vpc vpc = new Vpc(net.vpcs().newId(), CIDR, region.ids().next("vpc-cidr-assoc"), dhcp.dhcpOptionsId(), true,
                owner, true, true);
        net.vpcs().put(vpc);

        InternetGateway gateway = new InternetGateway(net.internetGateways().newId(), vpc.vpcId(), owner);
        net.internetGateways().put(gateway);

        List<ZoneInfo> zones = RegionCatalog.standard().region(region.region()).map(r -> r.zones()).orElse(List.of());
        List<NetworkAclAssociation> aclAssociations = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            ZoneInfo zone = zones.get(i);
            Subnet subnet = new Subnet(net.subnets().newId(), vpc.vpcId(), "172.31." + (16 * i) + ".0/20",
                    zone.zoneName(), zone.zoneId(), true, true, ADDRESSES_PER_DEFAULT_SUBNET, owner, region.region());
            net.subnets().put(subnet);
            aclAssociations.add(new NetworkAclAssociation(region.ids().next("aclassoc"), subnet.subnetId()));
        }

        net.routeTables().put(new RouteTable(net.routeTables().newId(), vpc.vpcId(),
                List.of(Route.localIpv4(CIDR), Route.toGateway("0.0.0.0/0", gateway.internetGatewayId())),
                List.of(new RouteTableAssociation(region.ids().next("rtbassoc"), null, true)), owner));

        net.networkAcls().put(new NetworkAcl(net.networkAcls().newId(), vpc.vpcId(), true,
                allowAllEntries(), aclAssociations, owner));

        region.securityGroups().createDefaultGroup(vpc.vpcId(), "default VPC security group");
        return vpc;
    }

    /** The rules of a default network ACL: rule 100 allows all, rule 32767 (*) denies, both ways. */
    static List<NetworkAclEntry> allowAllEntries() {
        return List.of(
                NetworkAclEntry.all(100, "allow", true, "0.0.0.0/0"),
                NetworkAclEntry.all(32767, "deny", true, "0.0.0.0/0"),
                NetworkAclEntry.all(100, "allow", false, "0.0.0.0/0"),
                NetworkAclEntry.all(32767, "deny", false, "0.0.0.0/0"));
    }
}
