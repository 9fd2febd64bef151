package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code IpPermissions} of a request into candidate rules of one group and direction: one
 * rule per CIDR, group pair or prefix list, with the protocol, ports, CIDRs and descriptions
 * validated and normalised and referenced groups resolved. Nothing is stored here.
 */
final class PermissionExpansion {

    private final SecurityGroups groups;

    PermissionExpansion(SecurityGroups groups) {
        this.groups = groups;
    }

    /** The candidate rules (without ids); the same rule twice in one request is an error. */
    List<SecurityGroupRule> expand(SecurityGroup target, boolean egress, List<PermissionRequest> permissions) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (PermissionRequest permission : permissions) {
            String protocol = RuleValidation.protocol(permission.ipProtocol());
            RuleValidation.PortRange ports = RuleValidation.ports(protocol, permission.fromPort(), permission.toPort());
            if (!permission.hasPeers()) {
                throw Ec2Error.client("MissingParameter",
                        "Missing source specification: include source security group or CIDR information");
            }
            Candidate base = new Candidate(target.groupId(), egress, protocol, ports);
            for (PermissionRequest.Peer range : permission.ipv4Ranges()) {
                rules.add(base.rule(CidrBlocks.ipv4(range.value()), null, null, null, range.description()));
            }
            for (PermissionRequest.Peer range : permission.ipv6Ranges()) {
                rules.add(base.rule(null, CidrBlocks.ipv6(range.value()), null, null, range.description()));
            }
            for (PermissionRequest.GroupPeer pair : permission.groupPairs()) {
                rules.add(base.rule(null, null, groups.referencedGroupId(target, pair), null, pair.description()));
            }
            for (PermissionRequest.Peer prefixList : permission.prefixListIds()) {
                rules.add(base.rule(null, null, null, RuleValidation.prefixListId(prefixList.value()),
                        prefixList.description()));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).sameAs(rules.get(j))) {
                    throw Ec2Error.invalidParameterValue("The same permission must not appear multiple times");
                }
            }
        }
        return rules;
    }

    /** What the rules of one permission share. */
    private record Candidate(String groupId, boolean egress, String protocol, RuleValidation.PortRange ports) {

        SecurityGroupRule rule(String cidrIpv4, String cidrIpv6, String groupRef, String prefixList, String description) {
            return new SecurityGroupRule(null, groupId, egress, protocol, ports.from(), ports.to(), cidrIpv4, cidrIpv6,
                    groupRef, prefixList, RuleValidation.ruleDescription(description));
        }
    }
}
