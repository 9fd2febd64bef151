package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import java.util.List;

/**
 * The IPv6 block of a subnet (CreateSubnet {@code Ipv6CidrBlock}, AssociateSubnetCidrBlock,
 * DisassociateSubnetCidrBlock): one /64 of its VPC's IPv6 block that no other subnet of the VPC uses.
 */
public final class SubnetCidrBlocks {

    static final int PREFIX = 64;

    /** A block just associated or disassociated and its subnet. */
    public record Change(String subnetId, VpcCidrBlock block) {
    }

    private final RegionState region;
    private final Networking net;

    public SubnetCidrBlocks(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    public Change associate(String subnetId, String ipv6CidrBlock) {
        Subnet subnet = net.subnets().require(subnetId);
        if (ipv6CidrBlock == null || ipv6CidrBlock.isEmpty()) {
            throw Ec2Error.missingParameter("ipv6CidrBlock");
        }
        Ipv6Block block = Ipv6Block.parse(ipv6CidrBlock, "ipv6CidrBlock");
        Vpc vpc = net.vpcs().require(subnet.vpcId());
        if (!subnet.ipv6CidrBlocks().isEmpty()) {
            throw Ec2Error.invalidParameterValue("The subnet " + subnet.subnetId() + " already has an IPv6 CIDR block ("
                    + subnet.ipv6CidrBlocks().get(0).cidrBlock() + ").");
        }
        boolean inVpc = vpc.ipv6CidrBlocks().stream()
                .anyMatch(b -> Ipv6Block.parse(b.cidrBlock(), "ipv6CidrBlock").contains(block));
        if (block.prefix() != PREFIX || !inVpc) {
            throw Ec2Error.client("InvalidSubnet.Range", "The CIDR '" + Ec2Error.shorten(ipv6CidrBlock)
                    + "' is invalid.");
        }
        boolean conflict = net.subnets().all().stream()
                .filter(s -> s.vpcId().equals(vpc.vpcId()))
                .flatMap(s -> s.ipv6CidrBlocks().stream())
                .anyMatch(b -> Ipv6Block.parse(b.cidrBlock(), "ipv6CidrBlock").overlaps(block));
        if (conflict) {
            throw Ec2Error.client("InvalidSubnet.Conflict", "The CIDR '" + Ec2Error.shorten(ipv6CidrBlock)
                    + "' conflicts with another subnet");
        }
        VpcCidrBlock added = new VpcCidrBlock(region.ids().next("subnet-cidr-assoc"), block.toString());
        net.subnets().put(subnet.withIpv6CidrBlocks(List.of(added)));
        return new Change(subnet.subnetId(), added);
    }

    public Change disassociate(String associationId) {
        for (Subnet subnet : net.subnets().all()) {
            for (VpcCidrBlock block : subnet.ipv6CidrBlocks()) {
                if (block.associationId().equals(associationId)) {
                    net.subnets().put(subnet.withIpv6CidrBlocks(List.of()));
                    return new Change(subnet.subnetId(), block);
                }
            }
        }
        throw Ec2Error.client("InvalidSubnetCidrBlockAssociationID.NotFound", "The subnet CIDR block association ID '"
                + Ec2Error.shorten(associationId) + "' does not exist");
    }
}
