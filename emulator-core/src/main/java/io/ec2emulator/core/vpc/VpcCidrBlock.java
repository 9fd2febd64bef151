package io.ec2emulator.core.vpc;

/** One CIDR block associated with a VPC (IPv4 or IPv6) and the id of that association. */
public record VpcCidrBlock(String associationId, String cidrBlock) {
}
