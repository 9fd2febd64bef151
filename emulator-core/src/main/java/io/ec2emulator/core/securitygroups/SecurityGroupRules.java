package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.tags.TagSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AuthorizeSecurityGroupIngress/Egress, RevokeSecurityGroupIngress/Egress and
 * DescribeSecurityGroupRules: adding and removing the rules of one group, with EC2's duplicate,
 * not-found and per-group limit rules.
 */
public final class SecurityGroupRules {

    /** EC2's default quota of inbound rules, and separately of outbound rules, per group. */
    public static final int MAX_RULES_PER_DIRECTION = 60;
    public static final String RESOURCE_TYPE = "security-group-rule";

    /** What a revoke did: the rules it removed, and the requested rules that did not exist (default VPC only). */
    public record Revocation(List<SecurityGroupRule> revoked, List<SecurityGroupRule> unknown) {
    }

    private final RegionState region;
    private final SecurityGroups groups;
    private final RuleStore store;
    private final PermissionExpansion expansion;

    SecurityGroupRules(RegionState region, SecurityGroups groups, RuleStore store) {
        this.region = region;
        this.groups = groups;
        this.store = store;
        this.expansion = new PermissionExpansion(groups);
    }

    /** Adds rules; every one is new, or nothing is added. Returns the new rules with their ids. */
    public List<SecurityGroupRule> authorize(SecurityGroup group, boolean egress, List<PermissionRequest> permissions,
                                             List<TagSpecification> tags) {
        if (permissions.isEmpty()) {
            throw Ec2Error.missingParameter("IpPermissions");
        }
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        List<SecurityGroupRule> candidates = expansion.expand(group, egress, permissions);
        for (SecurityGroupRule candidate : candidates) {
            if (matching(group, candidate).isPresent()) {
                throw RuleText.duplicate(candidate);
            }
        }
        if (group.rules(egress).size() + candidates.size() > MAX_RULES_PER_DIRECTION) {
            throw Ec2Error.client("RulesPerSecurityGroupLimitExceeded",
                    "The maximum number of rules per security group has been reached.");
        }
        List<SecurityGroupRule> added = new ArrayList<>();
        for (SecurityGroupRule candidate : candidates) {
            added.add(candidate.withId(store.newId(), group.groupId()));
        }
        List<SecurityGroupRule> all = new ArrayList<>(group.rules());
        all.addAll(added);
        store.replace(group, all);
        for (SecurityGroupRule rule : added) {
            region.tagging().applySpecifications(tags, rule.ruleId(), RESOURCE_TYPE);
        }
        return added;
    }

    /**
     * Removes rules given as permissions and/or by id. A permission that matches no rule is an
     * {@code InvalidPermission.NotFound} error in a nondefault VPC; in the default VPC it is reported
     * back as unknown and the rest is revoked, as EC2 documents.
     */
    public Revocation revoke(SecurityGroup group, boolean egress, List<PermissionRequest> permissions,
                             List<String> ruleIds) {
        if (permissions.isEmpty() && ruleIds.isEmpty()) {
            throw Ec2Error.missingParameter("IpPermissions");
        }
        List<SecurityGroupRule> revoked = new ArrayList<>();
        List<SecurityGroupRule> unknown = new ArrayList<>();
        for (SecurityGroupRule candidate : expansion.expand(group, egress, permissions)) {
            Optional<SecurityGroupRule> existing = matching(group, candidate);
            if (existing.isPresent()) {
                revoked.add(existing.get());
            } else {
                unknown.add(candidate);
            }
        }
        for (String ruleId : ruleIds) {
            SecurityGroupRule rule = ruleOf(group, egress, ruleId);
            if (revoked.stream().noneMatch(r -> r.ruleId().equals(ruleId))) {
                revoked.add(rule);
            }
        }
        if (!unknown.isEmpty() && !groups.isInDefaultVpc(group)) {
            throw notFound();
        }
        List<SecurityGroupRule> remaining = new ArrayList<>(group.rules());
        remaining.removeIf(r -> revoked.stream().anyMatch(gone -> gone.ruleId().equals(r.ruleId())));
        store.replace(group, remaining);
        return new Revocation(revoked, unknown);
    }

    /** DescribeSecurityGroupRules: ids must exist; filters {@code group-id}, {@code security-group-rule-id}, tags. */
    public Page<SecurityGroupRule> describe(List<String> ruleIds, List<FilterCriterion> filters, Integer maxResults,
                                            String nextToken) {
        return store.resources().describe(ruleIds, filters, maxResults, nextToken);
    }

    /** A rule of this group and direction by id; any other id is EC2's rule NotFound. */
    SecurityGroupRule ruleOf(SecurityGroup group, boolean egress, String ruleId) {
        SecurityGroupRule rule = store.resources().require(ruleId);
        if (!rule.groupId().equals(group.groupId()) || rule.egress() != egress) {
            throw SecurityGroupRuleKind.SECURITY_GROUP_RULE.notFound(ruleId);
        }
        return rule;
    }

    static Optional<SecurityGroupRule> matching(SecurityGroup group, SecurityGroupRule candidate) {
        return group.rules().stream().filter(candidate::sameAs).findFirst();
    }

    static Ec2Error notFound() {
        return Ec2Error.client("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
    }
}
