package io.ec2emulator.core.securitygroups;

/**
 * One rule of a security group, as DescribeSecurityGroupRules shows it ({@code sgr-} id): a
 * direction, a protocol ({@code -1} for all, else a name or number), a port range (null for all),
 * and exactly one peer: an IPv4 CIDR, an IPv6 CIDR, a referenced group or a prefix list.
 */
public record SecurityGroupRule(String ruleId, String groupId, boolean egress, String ipProtocol,
                                Integer fromPort, Integer toPort, String cidrIpv4, String cidrIpv6,
                                String referencedGroupId, String prefixListId, String description) {
}
