package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import io.ec2emulator.core.tags.TagSpecification;
import io.ec2emulator.core.vpc.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The security groups of one account and region: CreateSecurityGroup, DeleteSecurityGroup,
 * DescribeSecurityGroups, and how requests name a group (by id, or by name in the default VPC).
 * Rules are changed through {@link #rules()} and {@link #edits()}.
 */
public final class SecurityGroups {

    public static final String DEFAULT_GROUP_NAME = "default";
    public static final String RESOURCE_TYPE = "security-group";

    private final RegionState region;
    private final Resources<SecurityGroup> groups;
    private final RuleStore store;
    private final SecurityGroupRules rules;
    private final RuleEdits edits;

    public SecurityGroups(RegionState region) {
        this.region = region;
        this.groups = new Resources<>(region, SecurityGroupKind.SECURITY_GROUP);
        this.store = new RuleStore(region, groups);
        this.rules = new SecurityGroupRules(region, this, store);
        this.edits = new RuleEdits(this, rules, store);
    }

    public Resources<SecurityGroup> resources() {
        return groups;
    }

    /** The rules by {@code sgr-} id. */
    public Resources<SecurityGroupRule> ruleResources() {
        return store.resources();
    }

    public SecurityGroupRules rules() {
        return rules;
    }

    public RuleEdits edits() {
        return edits;
    }

    /**
     * The default group every VPC has: inbound from itself, outbound to everywhere (IPv4 and, when the
     * VPC has IPv6, IPv6).
     */
    public SecurityGroup createDefaultGroup(String vpcId, String description) {
        String groupId = groups.newId();
        List<SecurityGroupRule> defaultRules = new ArrayList<>();
        defaultRules.add(new SecurityGroupRule(store.newId(), groupId, false, "-1", null, null,
                null, null, groupId, null, null));
        defaultRules.add(allowAllEgress(groupId));
        SecurityGroup group = new SecurityGroup(groupId, DEFAULT_GROUP_NAME, description, vpcId, region.accountId(),
                List.of(), region.region());
        return store.replace(group, defaultRules);
    }

    /**
     * CreateSecurityGroup: in {@code vpcId}, or the default VPC when absent; names are unique per VPC
     * regardless of case. A new group allows all outbound IPv4 traffic.
     */
    public SecurityGroup create(String name, String description, String vpcId, List<TagSpecification> tags) {
        if (name == null || name.isEmpty()) {
            throw Ec2Error.missingParameter("GroupName");
        }
        if (description == null || description.isEmpty()) {
            throw Ec2Error.missingParameter("GroupDescription");
        }
        RuleValidation.groupName(name);
        RuleValidation.groupDescription(description);
        String vpc = vpcId == null || vpcId.isEmpty() ? defaultVpcId()
                : region.networking().vpcs().require(vpcId).vpcId();
        region.tagging().matching(tags, Set.of(RESOURCE_TYPE));
        boolean taken = groups.all().stream()
                .anyMatch(g -> g.vpcId().equals(vpc) && g.groupName().equalsIgnoreCase(name));
        if (taken) {
            throw Ec2Error.client("InvalidGroup.Duplicate", "The security group '" + name
                    + "' already exists for VPC '" + vpc + "'");
        }
        String groupId = groups.newId();
        SecurityGroup group = new SecurityGroup(groupId, name, description, vpc, region.accountId(), List.of(),
                region.region());
        SecurityGroup created = store.replace(group, List.of(allowAllEgress(groupId)));
        region.tagging().applySpecifications(tags, groupId, RESOURCE_TYPE);
        return created;
    }

    /**
     * DeleteSecurityGroup: not the default group ({@code CannotDelete}), not while an instance that is
     * not terminated or a network interface uses it or another group's rule refers to it
     * ({@code DependencyViolation}).
     */
    public SecurityGroup delete(String groupId, String groupName) {
        SecurityGroup group = target(groupId, groupName);
        if (group.groupName().equals(DEFAULT_GROUP_NAME)) {
            throw Ec2Error.client("CannotDelete", "the specified group: \"" + group.groupId()
                    + "\" name: \"default\" cannot be deleted by a user");
        }
        boolean referenced = groups.all().stream()
                .filter(other -> !other.groupId().equals(group.groupId()))
                .flatMap(other -> other.rules().stream())
                .anyMatch(rule -> group.groupId().equals(rule.referencedGroupId()));
        boolean inUse = region.instances().resources().all().stream()
                .filter(instance -> instance.state() != InstanceState.TERMINATED)
                .map(Instance::securityGroupIds)
                .anyMatch(ids -> ids.contains(group.groupId()))
                || region.networkInterfaces().resources().all().stream()
                        .anyMatch(n -> n.groupIds().contains(group.groupId()));
        if (referenced || inUse) {
            throw Ec2Error.client("DependencyViolation", "resource " + group.groupId() + " has a dependent object");
        }
        store.removeAll(group);
        groups.remove(group.groupId());
        return group;
    }

    /**
     * DescribeSecurityGroups: ids must exist; names are looked up in the default VPC (EC2's rule for
     * {@code GroupName}); then filters and pagination.
     */
    public Page<SecurityGroup> describe(List<String> groupIds, List<String> groupNames,
                                        List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        List<String> ids = new ArrayList<>(groupIds);
        for (String name : groupNames) {
            ids.add(inDefaultVpc(name).groupId());
        }
        return groups.describe(ids, filters, maxResults, nextToken);
    }

    /** The group a request names: by {@code GroupId}, else by {@code GroupName} in the default VPC. */
    public SecurityGroup target(String groupId, String groupName) {
        if (groupId != null && !groupId.isEmpty()) {
            return groups.require(groupId);
        }
        if (groupName != null && !groupName.isEmpty()) {
            return inDefaultVpc(groupName);
        }
        throw Ec2Error.client("MissingParameter", "The request must contain the parameter groupName or groupId");
    }

    /** A group by name in the default VPC, as {@code GroupName} parameters mean. */
    public SecurityGroup inDefaultVpc(String name) {
        String vpc = defaultVpcId();
        return byName(vpc, name).orElseThrow(() -> Ec2Error.client("InvalidGroup.NotFound",
                "The security group '" + Ec2Error.shorten(name) + "' does not exist in default VPC '" + vpc + "'"));
    }

    public Optional<SecurityGroup> byName(String vpcId, String name) {
        return groups.store().lookup("name", name).stream()
                .map(id -> groups.get(id).orElseThrow())
                .filter(g -> g.vpcId().equals(vpcId))
                .findFirst();
    }

    boolean isInDefaultVpc(SecurityGroup group) {
        return region.networking().defaultVpc().map(Vpc::vpcId).filter(group.vpcId()::equals).isPresent();
    }

    /**
     * The group a rule's group pair refers to: by id (it must exist), or by name in the default VPC;
     * either way in the same VPC as the rule's own group, or in a VPC joined to it by an active peering
     * connection.
     */
    String referencedGroupId(SecurityGroup target, PermissionRequest.GroupPeer pair) {
        SecurityGroup referenced;
        if (pair.groupId() != null && !pair.groupId().isEmpty()) {
            referenced = groups.require(pair.groupId());
        } else if (pair.groupName() != null && !pair.groupName().isEmpty()) {
            referenced = inDefaultVpc(pair.groupName());
        } else {
            throw Ec2Error.client("MissingParameter", "Source group ID missing.");
        }
        if (!referenced.vpcId().equals(target.vpcId())
                && region.peering().activeBetween(referenced.vpcId(), target.vpcId()).isEmpty()) {
            throw Ec2Error.client("InvalidGroup.NotFound",
                    "You have specified two resources that belong to different networks.");
        }
        return referenced.groupId();
    }

    private String defaultVpcId() {
        return region.networking().defaultVpc().map(Vpc::vpcId).orElseThrow(() ->
                Ec2Error.client("VPCIdNotSpecified", "No default VPC for this user"));
    }

    private SecurityGroupRule allowAllEgress(String groupId) {
        return new SecurityGroupRule(store.newId(), groupId, true, "-1", null, null, "0.0.0.0/0", null, null, null,
                null);
    }
}
