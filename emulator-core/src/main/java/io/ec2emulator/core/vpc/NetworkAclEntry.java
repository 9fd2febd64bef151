package io.ec2emulator.core.vpc;

/**
 * One rule of a network ACL. {@code protocol} is EC2's string: {@code -1} for all, else a protocol
 * number; ports apply to TCP (6) and UDP (17) only, ICMP type and code to ICMP (1) and ICMPv6 (58),
 * and are null otherwise. Exactly one of {@code cidrBlock} and {@code ipv6CidrBlock} is set.
 */
public record NetworkAclEntry(int ruleNumber, String protocol, String ruleAction, boolean egress,
                              String cidrBlock, String ipv6CidrBlock, Integer fromPort, Integer toPort,
                              Integer icmpType, Integer icmpCode) {

    /** A rule for all traffic to or from an IPv4 block. */
    public static NetworkAclEntry all(int ruleNumber, String ruleAction, boolean egress, String cidrBlock) {
        return new NetworkAclEntry(ruleNumber, "-1", ruleAction, egress, cidrBlock, null, null, null, null, null);
    }

    /** A rule for all traffic to or from an IPv6 block. */
    public static NetworkAclEntry allIpv6(int ruleNumber, String ruleAction, boolean egress, String ipv6CidrBlock) {
        return new NetworkAclEntry(ruleNumber, "-1", ruleAction, egress, null, ipv6CidrBlock, null, null, null, null);
    }
}
