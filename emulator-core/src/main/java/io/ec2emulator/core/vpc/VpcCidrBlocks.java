package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.state.RegionState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AssociateVpcCidrBlock and DisassociateVpcCidrBlock: secondary IPv4 blocks under EC2's range rules
 * and one Amazon-provided IPv6 /56. Every route table of the VPC gets a local route for each block;
 * the VPC's ACLs get their IPv6 rules with the IPv6 block.
 */
public final class VpcCidrBlocks {

    /** EC2's default quota of IPv4 blocks per VPC, the primary included. */
    static final int MAX_IPV4_BLOCKS = 5;
    static final int IPV6_PREFIX = 56;
    /** The /32 of Amazon's IPv6 space this emulator hands /56 blocks out of in a region. */
    static final int POOL_PREFIX = 32;

    static final Ipv4.Block TEN = Ipv4.Block.parse("10.0.0.0/8");
    static final Ipv4.Block ONE_SEVEN_TWO = Ipv4.Block.parse("172.16.0.0/12");
    static final Ipv4.Block ONE_NINE_TWO = Ipv4.Block.parse("192.168.0.0/16");
    static final List<Ipv4.Block> PRIVATE = List.of(TEN, ONE_SEVEN_TWO, ONE_NINE_TWO);

    /** A block just associated or disassociated, and whether it is IPv6. */
    public record Change(String vpcId, VpcCidrBlock block, boolean ipv6) {
    }

    private final RegionState region;
    private final Networking net;

    public VpcCidrBlocks(RegionState region) {
        this.region = region;
        this.net = region.networking();
    }

    public Change associateIpv4(String vpcId, String cidrBlock) {
        Vpc vpc = net.vpcs().require(vpcId);
        Ipv4.Block block = Cidrs.ipv4(cidrBlock, "cidrBlock");
        if (block.prefix() < Vpcs.MIN_PREFIX || block.prefix() > Vpcs.MAX_PREFIX) {
            throw Ec2Error.client("InvalidVpc.Range", "The CIDR '" + Ec2Error.shorten(cidrBlock) + "' is invalid.");
        }
        if (!allowedWith(Ipv4.Block.parse(vpc.cidrBlock()), block)) {
            throw Ec2Error.client("InvalidVpc.Range", "The CIDR '" + block + "' is restricted. Use a CIDR from the "
                    + "same private address range as the current VPC CIDR, or use a publicly-routable CIDR.");
        }
        for (VpcCidrBlock existing : vpc.ipv4CidrBlocks()) {
            if (Cidrs.overlap(Ipv4.Block.parse(existing.cidrBlock()), block)) {
                throw Ec2Error.client("InvalidVpc.Range", "The CIDR '" + block + "' conflicts with the CIDR '"
                        + existing.cidrBlock() + "' of " + vpc.vpcId() + ".");
            }
        }
        if (vpc.ipv4CidrBlocks().size() >= MAX_IPV4_BLOCKS) {
            throw Ec2Error.client("CidrLimitExceeded", "This network '" + vpc.vpcId()
                    + "' has met its maximum number of allowed CIDRs: " + MAX_IPV4_BLOCKS);
        }
        VpcCidrBlock added = new VpcCidrBlock(region.ids().next("vpc-cidr-assoc"), block.toString());
        List<VpcCidrBlock> secondary = new ArrayList<>(vpc.secondaryCidrBlocks());
        secondary.add(added);
        net.vpcs().put(vpc.withCidrBlocks(secondary, vpc.ipv6CidrBlocks()));
        new RouteTables(region).addLocalRoute(vpc.vpcId(), Route.localIpv4(added.cidrBlock()));
        return new Change(vpc.vpcId(), added, false);
    }

    /**
     * EC2's rule for secondary blocks: a VPC whose primary block is in one RFC 1918 range may add
     * blocks from that range or public ones; a VPC with a public primary block may not add RFC 1918 ones.
     */
    static boolean allowedWith(Ipv4.Block primary, Ipv4.Block candidate) {
        Ipv4.Block primaryRange = rangeOf(primary);
        Ipv4.Block candidateRange = rangeOf(candidate);
        return candidateRange == null || candidateRange.equals(primaryRange);
    }

    private static Ipv4.Block rangeOf(Ipv4.Block block) {
        return PRIVATE.stream().filter(r -> Cidrs.contains(r, block)).findFirst().orElse(null);
    }

    /** An Amazon-provided /56, unique among the account's VPCs in the region. */
    public Change associateAmazonIpv6(String vpcId) {
        Vpc vpc = net.vpcs().require(vpcId);
        if (!vpc.ipv6CidrBlocks().isEmpty()) {
            throw Ec2Error.client("CidrLimitExceeded", "This network '" + vpc.vpcId()
                    + "' has met its maximum number of allowed IPv6 CIDRs: 1");
        }
        List<String> taken = net.vpcs().all().stream().flatMap(v -> v.ipv6CidrBlocks().stream())
                .map(VpcCidrBlock::cidrBlock).toList();
        BigInteger pool = pool(region.region());
        String cidr;
        do {
            long index = ThreadLocalRandom.current().nextLong(1L << (IPV6_PREFIX - POOL_PREFIX));
            cidr = new Ipv6Block(pool.or(BigInteger.valueOf(index).shiftLeft(128 - IPV6_PREFIX)), IPV6_PREFIX)
                    .toString();
        } while (taken.contains(cidr));
        VpcCidrBlock added = new VpcCidrBlock(region.ids().next("vpc-cidr-assoc"), cidr);
        net.vpcs().put(vpc.withCidrBlocks(vpc.secondaryCidrBlocks(), List.of(added)));
        new RouteTables(region).addLocalRoute(vpc.vpcId(), Route.localIpv6(cidr));
        new NetworkAcls(region).addIpv6Defaults(vpc.vpcId());
        return new Change(vpc.vpcId(), added, true);
    }

    /** The region's /32: {@code 2600:1f??::/32}, the two hex digits derived from the region name. */
    static BigInteger pool(String regionName) {
        int suffix = Math.floorMod(regionName.hashCode(), 256);
        return Ipv6Block.parse(String.format("2600:1f%02x::/%d", suffix, POOL_PREFIX), "pool").first();
    }

    /** DisassociateVpcCidrBlock: not the primary block, and not a block that subnets use (IPv4 or IPv6). */
    public Change disassociate(String associationId) {
        for (Vpc vpc : net.vpcs().all()) {
            if (associationId.equals(vpc.cidrBlockAssociationId())) {
                throw Ec2Error.client("OperationNotPermitted", "The vpc CIDR block with association ID "
                        + associationId + " may not be disassociated. It is the primary IPv4 CIDR block of the VPC");
            }
            for (VpcCidrBlock block : vpc.secondaryCidrBlocks()) {
                if (block.associationId().equals(associationId)) {
                    Ipv4.Block range = Ipv4.Block.parse(block.cidrBlock());
                    net.subnets().all().stream()
                            .filter(s -> s.vpcId().equals(vpc.vpcId())
                                    && Cidrs.contains(range, Ipv4.Block.parse(s.cidrBlock())))
                            .findFirst().ifPresent(s -> {
                                throw Ec2Error.client("DependencyViolation", "The CIDR block " + block.cidrBlock()
                                        + " of " + vpc.vpcId() + " is used by subnet " + s.subnetId() + ".");
                            });
                    net.vpcs().put(vpc.withCidrBlocks(vpc.secondaryCidrBlocks().stream()
                            .filter(b -> b != block).toList(), vpc.ipv6CidrBlocks()));
                    new RouteTables(region).removeLocalRoute(vpc.vpcId(), block.cidrBlock());
                    return new Change(vpc.vpcId(), block, false);
                }
            }
            for (VpcCidrBlock block : vpc.ipv6CidrBlocks()) {
                if (block.associationId().equals(associationId)) {
                    net.subnets().all().stream()
                            .filter(s -> s.vpcId().equals(vpc.vpcId()) && !s.ipv6CidrBlocks().isEmpty())
                            .findFirst().ifPresent(s -> {
                                throw Ec2Error.client("DependencyViolation", "The CIDR block " + block.cidrBlock()
                                        + " of " + vpc.vpcId() + " is used by subnet " + s.subnetId() + ".");
                            });
                    net.vpcs().put(vpc.withCidrBlocks(vpc.secondaryCidrBlocks(), List.of()));
                    new RouteTables(region).removeLocalRoute(vpc.vpcId(), block.cidrBlock());
                    return new Change(vpc.vpcId(), block, true);
                }
            }
        }
        throw Ec2Error.client("InvalidVpcCidrBlockAssociationID.NotFound", "The vpc CIDR block association ID '"
                + Ec2Error.shorten(associationId) + "' does not exist");
    }
}
