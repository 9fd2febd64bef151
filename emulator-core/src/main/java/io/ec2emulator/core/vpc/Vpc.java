package io.ec2emulator.core.vpc;

/** A VPC: its primary IPv4 block, its DHCP options and its DNS attributes. */
public record Vpc(String vpcId, String cidrBlock, String cidrBlockAssociationId, String dhcpOptionsId,
                  boolean isDefault, String ownerId, boolean enableDnsSupport, boolean enableDnsHostnames) {
}
