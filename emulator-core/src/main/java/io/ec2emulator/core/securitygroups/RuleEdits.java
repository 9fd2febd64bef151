package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ModifySecurityGroupRules (replace rules by id, keeping the id) and
 * UpdateSecurityGroupRuleDescriptionsIngress/Egress (change only descriptions).
 */
public final class RuleEdits {

    /** One {@code SecurityGroupRuleUpdate}: the rule to replace and what it becomes. */
    public record RuleUpdate(String ruleId, RuleRequest rule) {
    }

    /** A {@code SecurityGroupRuleRequest}: a whole rule with exactly one peer. */
    public record RuleRequest(String ipProtocol, Integer fromPort, Integer toPort, String cidrIpv4, String cidrIpv6,
                              String prefixListId, String referencedGroupId, String description) {
    }

    /** One {@code SecurityGroupRuleDescription}: a rule id and its new description. */
    public record RuleDescription(String ruleId, String description) {
    }

    private final SecurityGroups groups;
    private final SecurityGroupRules rules;
    private final RuleStore store;
    private final PermissionExpansion expansion;

    RuleEdits(SecurityGroups groups, SecurityGroupRules rules, RuleStore store) {
        this.groups = groups;
        this.rules = rules;
        this.store = store;
        this.expansion = new PermissionExpansion(groups);
    }

    /** ModifySecurityGroupRules: every id must be a rule of the group; the results must not duplicate other rules. */
    public void modify(String groupId, List<RuleUpdate> updates) {
        if (groupId == null || groupId.isEmpty()) {
            throw Ec2Error.missingParameter("GroupId");
        }
        SecurityGroup group = groups.resources().require(groupId);
        if (updates.isEmpty()) {
            throw Ec2Error.missingParameter("SecurityGroupRule");
        }
        Map<String, SecurityGroupRule> replaced = new LinkedHashMap<>();
        for (RuleUpdate update : updates) {
            SecurityGroupRule old = store.resources().require(update.ruleId());
            if (!old.groupId().equals(group.groupId())) {
                throw SecurityGroupRuleKind.SECURITY_GROUP_RULE.notFound(update.ruleId());
            }
            if (update.rule() == null) {
                throw Ec2Error.missingParameter("SecurityGroupRule");
            }
            replaced.put(old.ruleId(), rebuilt(group, old, update.rule()));
        }
        List<SecurityGroupRule> all = new ArrayList<>();
        for (SecurityGroupRule rule : group.rules()) {
            all.add(replaced.getOrDefault(rule.ruleId(), rule));
        }
        for (SecurityGroupRule changed : replaced.values()) {
            if (all.stream().anyMatch(r -> !r.ruleId().equals(changed.ruleId()) && r.sameAs(changed))) {
                throw RuleText.duplicate(changed);
            }
        }
        store.replace(group, all);
    }

    /**
     * UpdateSecurityGroupRuleDescriptionsIngress/Egress: by permissions (each must match a rule of the
     * direction; its peers' descriptions are set, an absent one clears) or by rule id.
     */
    public List<SecurityGroupRule> updateDescriptions(SecurityGroup group, boolean egress,
                                                      List<PermissionRequest> permissions,
                                                      List<RuleDescription> descriptions) {
        if (permissions.isEmpty() && descriptions.isEmpty()) {
            throw Ec2Error.missingParameter("IpPermissions");
        }
        Map<String, String> newDescriptions = new LinkedHashMap<>();
        for (SecurityGroupRule candidate : expansion.expand(group, egress, permissions)) {
            SecurityGroupRule existing = SecurityGroupRules.matching(group, candidate)
                    .orElseThrow(SecurityGroupRules::notFound);
            newDescriptions.put(existing.ruleId(), candidate.description());
        }
        for (RuleDescription description : descriptions) {
            SecurityGroupRule rule = rules.ruleOf(group, egress, description.ruleId());
            newDescriptions.put(rule.ruleId(), RuleValidation.ruleDescription(description.description()));
        }
        List<SecurityGroupRule> all = new ArrayList<>();
        List<SecurityGroupRule> updated = new ArrayList<>();
        for (SecurityGroupRule rule : group.rules()) {
            if (newDescriptions.containsKey(rule.ruleId())) {
                SecurityGroupRule changed = rule.withDescription(newDescriptions.get(rule.ruleId()));
                updated.add(changed);
                all.add(changed);
            } else {
                all.add(rule);
            }
        }
        store.replace(group, all);
        return updated;
    }

    private SecurityGroupRule rebuilt(SecurityGroup group, SecurityGroupRule old, RuleRequest request) {
        String protocol = RuleValidation.protocol(request.ipProtocol());
        RuleValidation.PortRange ports = RuleValidation.ports(protocol, request.fromPort(), request.toPort());
        int peers = count(request.cidrIpv4()) + count(request.cidrIpv6()) + count(request.prefixListId())
                + count(request.referencedGroupId());
        if (peers == 0) {
            throw Ec2Error.client("MissingParameter",
                    "CIDR block, a security group ID or a prefix list has to be specified");
        }
        if (peers > 1) {
            throw Ec2Error.invalidParameterCombination(
                    "Only one of CIDR block, security group ID or prefix list can be specified");
        }
        String ipv4 = empty(request.cidrIpv4()) ? null : CidrBlocks.ipv4(request.cidrIpv4());
        String ipv6 = empty(request.cidrIpv6()) ? null : CidrBlocks.ipv6(request.cidrIpv6());
        String prefixList = empty(request.prefixListId()) ? null : RuleValidation.prefixListId(request.prefixListId());
        String referenced = empty(request.referencedGroupId()) ? null : groups.referencedGroupId(group,
                new PermissionRequest.GroupPeer(request.referencedGroupId(), null, null, null));
        return new SecurityGroupRule(old.ruleId(), old.groupId(), old.egress(), protocol, ports.from(), ports.to(),
                ipv4, ipv6, referenced, prefixList, RuleValidation.ruleDescription(request.description()));
    }

    private static int count(String value) {
        return empty(value) ? 0 : 1;
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }
}
