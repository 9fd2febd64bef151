package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps every rule in two places that must agree: in its group (DescribeSecurityGroups and its
 * filters) and by rule id (DescribeSecurityGroupRules, tags on {@code sgr-} ids). Every change of a
 * group's rules goes through {@link #replace}, inside the region's transaction.
 */
final class RuleStore {

    private final RegionState region;
    private final Resources<SecurityGroup> groups;
    private final Resources<SecurityGroupRule> rules;

    RuleStore(RegionState region, Resources<SecurityGroup> groups) {
        this.region = region;
        this.groups = groups;
        this.rules = new Resources<>(region, SecurityGroupRuleKind.SECURITY_GROUP_RULE);
    }

    Resources<SecurityGroupRule> resources() {
        return rules;
    }

    String newId() {
        return region.ids().next(SecurityGroupRuleKind.SECURITY_GROUP_RULE.idPrefix());
    }

    /** Stores the group with exactly these rules; rules it no longer has lose their ids and tags. */
    SecurityGroup replace(SecurityGroup group, List<SecurityGroupRule> newRules) {
        Set<String> kept = new HashSet<>();
        for (SecurityGroupRule rule : newRules) {
            kept.add(rule.ruleId());
            rules.put(rule);
        }
        SecurityGroup current = groups.get(group.groupId()).orElse(group);
        for (SecurityGroupRule old : current.rules()) {
            if (!kept.contains(old.ruleId())) {
                rules.remove(old.ruleId());
            }
        }
        SecurityGroup updated = group.withRules(newRules);
        groups.put(updated);
        return updated;
    }

    /** Removes a group's rules (the group is being deleted). */
    void removeAll(SecurityGroup group) {
        for (SecurityGroupRule rule : group.rules()) {
            rules.remove(rule.ruleId());
        }
    }
}
