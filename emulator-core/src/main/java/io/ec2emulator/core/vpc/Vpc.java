package io.ec2emulator.core.vpc;

import java.util.ArrayList;
import java.util.List;

/**
 * A VPC: its primary IPv4 block, the secondary IPv4 blocks and the IPv6 block associated with it
 * later, its DHCP options ({@code default} for none) and its DNS attributes.
 */
public record Vpc(String vpcId, String cidrBlock, String cidrBlockAssociationId, String dhcpOptionsId,
                  boolean isDefault, String ownerId, boolean enableDnsSupport, boolean enableDnsHostnames,
                  List<VpcCidrBlock> secondaryCidrBlocks, List<VpcCidrBlock> ipv6CidrBlocks) {

    public Vpc {
        secondaryCidrBlocks = List.copyOf(secondaryCidrBlocks);
        ipv6CidrBlocks = List.copyOf(ipv6CidrBlocks);
    }

    /** A VPC with its primary IPv4 block only. */
    public Vpc(String vpcId, String cidrBlock, String cidrBlockAssociationId, String dhcpOptionsId, boolean isDefault,
               String ownerId, boolean enableDnsSupport, boolean enableDnsHostnames) {
        this(vpcId, cidrBlock, cidrBlockAssociationId, dhcpOptionsId, isDefault, ownerId, enableDnsSupport,
                enableDnsHostnames, List.of(), List.of());
    }

    /** Every IPv4 block, the primary first. */
    public List<VpcCidrBlock> ipv4CidrBlocks() {
        List<VpcCidrBlock> all = new ArrayList<>();
        all.add(new VpcCidrBlock(cidrBlockAssociationId, cidrBlock));
        all.addAll(secondaryCidrBlocks);
        return all;
    }

    public Vpc withDhcpOptionsId(String id) {
        return new Vpc(vpcId, cidrBlock, cidrBlockAssociationId, id, isDefault, ownerId, enableDnsSupport,
                enableDnsHostnames, secondaryCidrBlocks, ipv6CidrBlocks);
    }

    public Vpc withDns(boolean support, boolean hostnames) {
        return new Vpc(vpcId, cidrBlock, cidrBlockAssociationId, dhcpOptionsId, isDefault, ownerId, support,
                hostnames, secondaryCidrBlocks, ipv6CidrBlocks);
    }

    public Vpc withCidrBlocks(List<VpcCidrBlock> secondary, List<VpcCidrBlock> ipv6) {
        return new Vpc(vpcId, cidrBlock, cidrBlockAssociationId, dhcpOptionsId, isDefault, ownerId, enableDnsSupport,
                enableDnsHostnames, secondary, ipv6);
    }
}
