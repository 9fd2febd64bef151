package io.ec2emulator.core.securitygroups;

import java.util.List;

/**
 * A security group of a VPC with its inbound and outbound rules, in the order they were added.
 * Immutable: a change of rules is a new version built with {@link #withRules}.
 */
public record SecurityGroup(String groupId, String groupName, String description, String vpcId, String ownerId,
                            List<SecurityGroupRule> rules, String region) {

    public SecurityGroup {
        rules = List.copyOf(rules);
    }

    public List<SecurityGroupRule> ingress() {
        return rules.stream().filter(r -> !r.egress()).toList();
    }

    public List<SecurityGroupRule> egress() {
        return rules.stream().filter(SecurityGroupRule::egress).toList();
    }

    /** The rules of one direction. */
    public List<SecurityGroupRule> rules(boolean egress) {
        return egress ? egress() : ingress();
    }

    public SecurityGroup withRules(List<SecurityGroupRule> newRules) {
        return new SecurityGroup(groupId, groupName, description, vpcId, ownerId, newRules, region);
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + ownerId + ":security-group/" + groupId;
    }
}
