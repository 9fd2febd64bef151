package io.ec2emulator.core.securitygroups;

import java.util.Objects;

/**
 * One rule of a security group, as DescribeSecurityGroupRules shows it ({@code sgr-} id): a
 * direction, a protocol ({@code -1} for all, else {@code tcp}, {@code udp}, {@code icmp},
 * {@code icmpv6} or a protocol number), a port range (for ICMP the type and code; null when the
 * protocol has no ports), and exactly one peer: an IPv4 CIDR, an IPv6 CIDR, a referenced group or a
 * prefix list. A rule that is not stored yet (a candidate) has a null {@code ruleId}.
 */
public record SecurityGroupRule(String ruleId, String groupId, boolean egress, String ipProtocol,
                                Integer fromPort, Integer toPort, String cidrIpv4, String cidrIpv6,
                                String referencedGroupId, String prefixListId, String description) {

    /** The one peer of the rule: its CIDR, referenced group id or prefix list id. */
    public String peer() {
        if (cidrIpv4 != null) {
            return cidrIpv4;
        }
        if (cidrIpv6 != null) {
            return cidrIpv6;
        }
        return referencedGroupId != null ? referencedGroupId : prefixListId;
    }

    /** Whether both rules allow the same traffic (EC2's notion of the same rule; descriptions do not count). */
    public boolean sameAs(SecurityGroupRule other) {
        return egress == other.egress && ipProtocol.equals(other.ipProtocol)
                && Objects.equals(fromPort, other.fromPort) && Objects.equals(toPort, other.toPort)
                && Objects.equals(cidrIpv4, other.cidrIpv4) && Objects.equals(cidrIpv6, other.cidrIpv6)
                && Objects.equals(referencedGroupId, other.referencedGroupId)
                && Objects.equals(prefixListId, other.prefixListId);
    }

    public SecurityGroupRule withId(String newRuleId, String newGroupId) {
        return new SecurityGroupRule(newRuleId, newGroupId, egress, ipProtocol, fromPort, toPort, cidrIpv4, cidrIpv6,
                referencedGroupId, prefixListId, description);
    }

    public SecurityGroupRule withDescription(String newDescription) {
        return new SecurityGroupRule(ruleId, groupId, egress, ipProtocol, fromPort, toPort, cidrIpv4, cidrIpv6,
                referencedGroupId, prefixListId, newDescription);
    }
}
