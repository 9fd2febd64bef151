package io.ec2emulator.core.vpc;

import java.util.List;

/** A subnet of a VPC in one availability zone, with its IPv4 block and the IPv6 /64 associated with it, if any. */
public record Subnet(String subnetId, String vpcId, String cidrBlock, String availabilityZone,
                     String availabilityZoneId, boolean defaultForAz, boolean mapPublicIpOnLaunch,
                     int availableIpAddressCount, String ownerId, String region, List<VpcCidrBlock> ipv6CidrBlocks) {

    public Subnet {
        ipv6CidrBlocks = List.copyOf(ipv6CidrBlocks);
    }

    /** A subnet without an IPv6 block. */
    public Subnet(String subnetId, String vpcId, String cidrBlock, String availabilityZone, String availabilityZoneId,
                  boolean defaultForAz, boolean mapPublicIpOnLaunch, int availableIpAddressCount, String ownerId,
                  String region) {
        this(subnetId, vpcId, cidrBlock, availabilityZone, availabilityZoneId, defaultForAz, mapPublicIpOnLaunch,
                availableIpAddressCount, ownerId, region, List.of());
    }

    /** The ARN EC2 reports, {@code arn:aws:ec2:<region>:<account>:subnet/<id>}. */
    public String arn() {
        return "arn:aws:ec2:" + region + ":" + ownerId + ":subnet/" + subnetId;
    }

    public Subnet withAvailableIpAddressCount(int count) {
        return new Subnet(subnetId, vpcId, cidrBlock, availabilityZone, availabilityZoneId, defaultForAz,
                mapPublicIpOnLaunch, count, ownerId, region, ipv6CidrBlocks);
    }

    public Subnet withMapPublicIpOnLaunch(boolean map) {
        return new Subnet(subnetId, vpcId, cidrBlock, availabilityZone, availabilityZoneId, defaultForAz, map,
                availableIpAddressCount, ownerId, region, ipv6CidrBlocks);
    }

    public Subnet withIpv6CidrBlocks(List<VpcCidrBlock> blocks) {
        return new Subnet(subnetId, vpcId, cidrBlock, availabilityZone, availabilityZoneId, defaultForAz,
                mapPublicIpOnLaunch, availableIpAddressCount, ownerId, region, blocks);
    }
}
