package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.regions.RegionCatalog;
import io.ec2emulator.core.regions.ZoneInfo;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CreateSubnet, DeleteSubnet and ModifySubnetAttribute. A subnet's block lies inside one of its VPC's, is a
 * /16 to a /28, overlaps no other subnet of the VPC, and is guarded by the VPC's default network ACL.
 */
public final class Subnets {

    static final String RESOURCE_TYPE = "subnet";
    /** EC2 reserves the first four addresses and the last one of every subnet. */
    static final int RESERVED = 5;

    private final RegionState region;
    private final Networking net;

    public Subnets(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    public Subnet create(String vpcId, String cidrBlock, String availabilityZone, String availabilityZoneId,
                         List<TagSpecification> tags) {
        Vpc vpc = net.vpcs().require(vpcId);
        if (cidrBlock == null || cidrBlock.isEmpty()) {
            throw Ec2Error.missingParameter("cidrBlock");
        }
        Ipv4.Block block = Ipv4.Block.parse(cidrBlock);
        boolean inVpc = vpc.ipv4CidrBlocks().stream()
                .anyMatch(b -> Cidrs.contains(Ipv4.Block.parse(b.cidrBlock()), block));
        if (block.prefix() < Vpcs.MIN_PREFIX || block.prefix() > Vpcs.MAX_PREFIX || !inVpc) {
            throw Ec2Error.client("InvalidSubnet.Range", "The CIDR '" + Ec2Error.shorten(cidrBlock) + "' is invalid.");
        }
        boolean conflict = net.subnets().all().stream()
                .filter(s -> s.vpcId().equals(vpc.vpcId()))
                .map(s -> Ipv4.Block.parse(s.cidrBlock()))
                .anyMatch(other -> other.first() <= block.last() && block.first() <= other.last());
        if (conflict) {
            throw Ec2Error.client("InvalidSubnet.Conflict", "The CIDR '" + Ec2Error.shorten(cidrBlock)
                    + "' conflicts with another subnet");
        }
        ZoneInfo zone = zone(availabilityZone, availabilityZoneId);
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        Subnet subnet = new Subnet(net.subnets().newId(), vpc.vpcId(), block.toString(), zone.zoneName(),
                zone.zoneId(), false, false, (int) block.size() - RESERVED, region.accountId(), region.region());
        net.subnets().put(subnet);
        NetworkAcl acl = net.networkAcls().all().stream()
                .filter(a -> a.vpcId().equals(vpc.vpcId()) && a.isDefault()).findFirst().orElse(null);
        if (acl != null) {
            List<NetworkAclAssociation> associations = new ArrayList<>(acl.associations());
            associations.add(new NetworkAclAssociation(region.ids().next("aclassoc"), subnet.subnetId()));
            net.networkAcls().put(new NetworkAcl(acl.networkAclId(), acl.vpcId(), acl.isDefault(), acl.entries(),
                    associations, acl.ownerId()));
        }
        region.tagging().applySpecifications(tags, subnet.subnetId(), RESOURCE_TYPE);
        return subnet;
    }

    /**
     * DeleteSubnet: refused while instances that are not terminated or network interfaces (including
     * those of NAT gateways) use the subnet.
     */
    public void delete(String subnetId) {
        Subnet subnet = net.subnets().require(subnetId);
        String id = subnet.subnetId();
        boolean inUse = region.instances().resources().all().stream()
                .anyMatch(i -> i.state() != InstanceState.TERMINATED && id.equals(i.subnetId()))
                || region.networkInterfaces().resources().all().stream().anyMatch(n -> id.equals(n.subnetId()));
        if (inUse) {
            throw Ec2Error.client("DependencyViolation", "The subnet '" + id + "' has dependencies and cannot be deleted.");
        }
        for (NetworkAcl acl : List.copyOf(net.networkAcls().all())) {
            if (acl.associations().stream().anyMatch(a -> id.equals(a.subnetId()))) {
                net.networkAcls().put(new NetworkAcl(acl.networkAclId(), acl.vpcId(), acl.isDefault(), acl.entries(),
                        acl.associations().stream().filter(a -> !id.equals(a.subnetId())).toList(), acl.ownerId()));
            }
        }
        for (RouteTable table : List.copyOf(net.routeTables().all())) {
            if (table.associations().stream().anyMatch(a -> id.equals(a.subnetId()))) {
                net.routeTables().put(new RouteTable(table.routeTableId(), table.vpcId(), table.routes(),
                        table.associations().stream().filter(a -> !id.equals(a.subnetId())).toList(),
                        table.ownerId()));
            }
        }
        net.subnets().remove(id);
    }

    /** ModifySubnetAttribute {@code MapPublicIpOnLaunch}. */
    public Subnet modifyMapPublicIpOnLaunch(String subnetId, Boolean mapPublicIpOnLaunch) {
        Subnet s = net.subnets().require(subnetId);
        if (mapPublicIpOnLaunch == null) {
            throw Ec2Error.missingParameter("mapPublicIpOnLaunch");
        }
        Subnet changed = s.withMapPublicIpOnLaunch(mapPublicIpOnLaunch);
        net.subnets().put(changed);
        return changed;
    }

    /** The zone a subnet is created in: by name or id, one of the region's; by default its first zone. */
    private ZoneInfo zone(String name, String zoneId) {
        List<ZoneInfo> zones = RegionCatalog.standard().region(region.region()).map(r -> r.zones()).orElse(List.of())
                .stream().sorted(Comparator.comparing(ZoneInfo::zoneName)).toList();
        boolean byName = name != null && !name.isEmpty();
        boolean byId = zoneId != null && !zoneId.isEmpty();
        if (byName && byId) {
            throw Ec2Error.invalidParameterCombination(
                    "Only one of availabilityZone and availabilityZoneId may be specified");
        }
        if (zones.isEmpty()) {
            throw Ec2Error.invalidParameterValue("Region " + region.region() + " has no availability zones.");
        }
        if (!byName && !byId) {
            return zones.get(0);
        }
        String names = zones.stream().map(ZoneInfo::zoneName).collect(Collectors.joining(", "));
        if (byName) {
            return zones.stream().filter(z -> z.zoneName().equals(name)).findFirst().orElseThrow(() ->
                    Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(name) + ") for parameter "
                            + "availabilityZone is invalid. Subnets can currently only be created in the following "
                            + "availability zones: " + names + "."));
        }
        return zones.stream().filter(z -> z.zoneId().equals(zoneId)).findFirst().orElseThrow(() ->
                Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(zoneId) + ") for parameter "
                        + "availabilityZoneId is invalid. Subnets can currently only be created in the following "
                        + "availability zones: " + names + "."));
    }
}
