package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.securitygroups.SecurityGroupRule;
import io.ec2emulator.core.securitygroups.SecurityGroups;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.List;
import java.util.Set;

/**
 * CreateVpc, DeleteVpc and the VPC's DNS attributes. A new VPC comes with its main route table (the
 * local route), its default network ACL (allow all) and its default security group, and uses the
 * region's default DHCP options set.
 */
public final class Vpcs {

    static final String RESOURCE_TYPE = "vpc";
    /** EC2's default quota of VPCs per region. */
    static final int MAX_VPCS = 5;
    static final int MIN_PREFIX = 16;
    static final int MAX_PREFIX = 28;

    private final RegionState region;
    private final Networking net;

    public Vpcs(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    public Vpc create(String cidrBlock, List<TagSpecification> tags) {
        if (cidrBlock == null || cidrBlock.isEmpty()) {
            throw Ec2Error.missingParameter("cidrBlock");
        }
        Ipv4.Block block = Ipv4.Block.parse(cidrBlock);
        if (block.prefix() < MIN_PREFIX || block.prefix() > MAX_PREFIX) {
            throw Ec2Error.client("InvalidVpc.Range", "The CIDR '" + Ec2Error.shorten(cidrBlock) + "' is invalid.");
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        if (net.vpcs().all().size() >= MAX_VPCS) {
            throw Ec2Error.client("VpcLimitExceeded", "The maximum number of VPCs has been reached.");
        }
        String dhcp = net.defaultVpc().map(Vpc::dhcpOptionsId)
                .or(() -> net.dhcpOptions().all().stream().map(DhcpOptions::dhcpOptionsId).sorted().findFirst())
                .orElse("default");
        String owner = region.accountId();
        Vpc vpc = new Vpc(net.vpcs().newId(), block.toString(), region.ids().next("vpc-cidr-assoc"), dhcp, false,
                owner, true, false);
        net.vpcs().put(vpc);
        net.routeTables().put(new RouteTable(net.routeTables().newId(), vpc.vpcId(),
                RouteTables.localRoutes(vpc),
                List.of(new RouteTableAssociation(region.ids().next("rtbassoc"), null, true)), owner));
        net.networkAcls().put(new NetworkAcl(net.networkAcls().newId(), vpc.vpcId(), true,
                DefaultVpc.allowAllEntries(), List.of(), owner));
        region.securityGroups().createDefaultGroup(vpc.vpcId(), "default VPC security group");
        region.tagging().applySpecifications(tags, vpc.vpcId(), RESOURCE_TYPE);
        return vpc;
    }

    /**
     * DeleteVpc: refused while the VPC has subnets, an attached internet gateway, instances, security
     * groups other than its default one, egress-only gateways, or route tables or network ACLs other than its main and
     * default ones. Deleting removes those three, and deletes its pending and active VPC peering connections.
     */
    public void delete(String vpcId) {
        Vpc vpc = net.vpcs().require(vpcId);
        String id = vpc.vpcId();
        boolean dependencies = net.subnets().all().stream().anyMatch(s -> s.vpcId().equals(id))
                || net.internetGateways().all().stream().anyMatch(g -> id.equals(g.attachedVpcId()))
                || net.egressOnlyInternetGateways().all().stream().anyMatch(g -> id.equals(g.vpcId()))
                || region.instances().resources().all().stream()
                        .anyMatch(i -> i.state() != InstanceState.TERMINATED && id.equals(i.vpcId()))
                || region.securityGroups().resources().all().stream().anyMatch(g -> g.vpcId().equals(id)
                        && !g.groupName().equals(SecurityGroups.DEFAULT_GROUP_NAME))
                || net.routeTables().all().stream().anyMatch(t -> t.vpcId().equals(id) && !t.isMain())
                || net.networkAcls().all().stream().anyMatch(a -> a.vpcId().equals(id) && !a.isDefault());
        if (dependencies) {
            throw Ec2Error.client("DependencyViolation", "The vpc '" + id + "' has dependencies and cannot be deleted.");
        }
        region.peering().vpcDeleted(id);
        net.routeTables().all().stream().filter(t -> t.vpcId().equals(id)).map(RouteTable::routeTableId).toList()
                .forEach(net.routeTables()::remove);
        net.networkAcls().all().stream().filter(a -> a.vpcId().equals(id)).map(NetworkAcl::networkAclId).toList()
                .forEach(net.networkAcls()::remove);
        List<SecurityGroup> groups = region.securityGroups().resources().all().stream()
                .filter(g -> g.vpcId().equals(id)).toList();
        for (SecurityGroup group : groups) {
            for (SecurityGroupRule rule : group.rules()) {
                region.securityGroups().ruleResources().remove(rule.ruleId());
            }
            region.securityGroups().resources().remove(group.groupId());
        }
        net.vpcs().remove(id);
    }

    /**
     * ModifyVpcAttribute: exactly one of the DNS attributes per call; DNS hostnames can only be
     * enabled while DNS support is.
     */
    public Vpc modifyAttribute(String vpcId, Boolean enableDnsSupport, Boolean enableDnsHostnames) {
        Vpc vpc = net.vpcs().require(vpcId);
        if (enableDnsSupport != null && enableDnsHostnames != null) {
            throw Ec2Error.invalidParameterCombination(
                    "Fields for multiple attribute types specified: enableDnsSupport, enableDnsHostnames");
        }
        if (enableDnsSupport == null && enableDnsHostnames == null) {
            throw Ec2Error.missingParameter("enableDnsSupport or enableDnsHostnames");
        }
        boolean support = enableDnsSupport != null ? enableDnsSupport : vpc.enableDnsSupport();
        boolean hostnames = enableDnsHostnames != null ? enableDnsHostnames : vpc.enableDnsHostnames();
        if (Boolean.TRUE.equals(enableDnsHostnames) && !support) {
            throw Ec2Error.invalidParameterValue("DNS hostnames can only be enabled for VPC '" + vpc.vpcId()
                    + "' while DNS support is enabled.");
        }
        Vpc changed = vpc.withDns(support, hostnames);
        net.vpcs().put(changed);
        return changed;
    }
}
