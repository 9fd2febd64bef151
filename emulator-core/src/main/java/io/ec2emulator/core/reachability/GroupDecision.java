package io.ec2emulator.core.reachability;

import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.securitygroups.SecurityGroupRule;
import java.util.Collection;
import java.util.List;

/**
 * Whether an instance's security groups let one TCP connection through in one direction: any rule
 * of any group that matches allows it (groups only allow). Groups are stateful, so the return
 * traffic of an allowed connection needs no rule. A rule that references a group matches peers
 * that are members of that group, reached by their private address.
 */
final class GroupDecision {

    private GroupDecision() {
    }

    /**
     * @param peer       the address at the other end
     * @param peerGroups the groups of the peer when it is an instance of the VPC; empty for the internet
     */
    static boolean allows(List<SecurityGroup> groups, boolean egress, long peer, Collection<String> peerGroups,
                          int port) {
        return groups.stream()
                .flatMap(g -> g.rules(egress).stream())
                .anyMatch(r -> matchesTcp(r, port) && matchesPeer(r, peer, peerGroups));
    }

    private static boolean matchesTcp(SecurityGroupRule rule, int port) {
        return switch (rule.ipProtocol()) {
            case "-1" -> true;
            case "tcp", "6" -> rule.fromPort() != null && rule.fromPort() <= port && port <= rule.toPort();
            default -> false;
        };
    }

    private static boolean matchesPeer(SecurityGroupRule rule, long peer, Collection<String> peerGroups) {
        if (rule.cidrIpv4() != null) {
            return Ipv4.Block.parse(rule.cidrIpv4()).contains(peer);
        }
        return rule.referencedGroupId() != null && peerGroups.contains(rule.referencedGroupId());
    }
}
