package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.securitygroups.LegacyPermission;
import io.ec2emulator.core.securitygroups.PermissionRequest;
import io.ec2emulator.core.securitygroups.RuleEdits;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.securitygroups.SecurityGroupRule;
import io.ec2emulator.core.securitygroups.SecurityGroupRules;
import io.ec2emulator.core.securitygroups.SecurityGroups;
import io.ec2emulator.core.state.RegionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupRequest;
import software.amazon.awssdk.services.ec2.model.DeleteSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesRequest;
import software.amazon.awssdk.services.ec2.model.ModifySecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.ReferencedSecurityGroup;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupEgressResponse;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.RevokedSecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsEgressResponse;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressRequest;
import software.amazon.awssdk.services.ec2.model.UpdateSecurityGroupRuleDescriptionsIngressResponse;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * CreateSecurityGroup, DeleteSecurityGroup, DescribeSecurityGroups, Authorize/RevokeSecurityGroupIngress
 * and Egress, DescribeSecurityGroupRules, ModifySecurityGroupRules and
 * UpdateSecurityGroupRuleDescriptionsIngress/Egress.
 */
public final class SecurityGroupActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("CreateSecurityGroup", CreateSecurityGroupRequest.class, this::create,
                        "GroupName", "GroupDescription")
                .register("DeleteSecurityGroup", DeleteSecurityGroupRequest.class, this::delete)
                .register("DescribeSecurityGroups", DescribeSecurityGroupsRequest.class, this::describe)
                .register("AuthorizeSecurityGroupIngress", AuthorizeSecurityGroupIngressRequest.class,
                        this::authorizeIngress)
                .register("AuthorizeSecurityGroupEgress", AuthorizeSecurityGroupEgressRequest.class,
                        this::authorizeEgress, "GroupId")
                .register("RevokeSecurityGroupIngress", RevokeSecurityGroupIngressRequest.class, this::revokeIngress)
                .register("RevokeSecurityGroupEgress", RevokeSecurityGroupEgressRequest.class, this::revokeEgress,
                        "GroupId")
                .register("DescribeSecurityGroupRules", DescribeSecurityGroupRulesRequest.class, this::describeRules)
                .register("ModifySecurityGroupRules", ModifySecurityGroupRulesRequest.class, this::modifyRules,
                        "GroupId", "SecurityGroupRule")
                .register("UpdateSecurityGroupRuleDescriptionsIngress",
                        UpdateSecurityGroupRuleDescriptionsIngressRequest.class, this::updateIngressDescriptions)
                .register("UpdateSecurityGroupRuleDescriptionsEgress",
                        UpdateSecurityGroupRuleDescriptionsEgressRequest.class, this::updateEgressDescriptions);
    }

    private CreateSecurityGroupResponse create(ActionContext ctx, CreateSecurityGroupRequest request) {
        SecurityGroup group = ctx.state().securityGroups().create(request.groupName(), request.description(),
                request.vpcId(), Wire.tagSpecifications(request.tagSpecifications()));
        return CreateSecurityGroupResponse.builder()
                .groupId(group.groupId())
                .securityGroupArn(group.arn())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(group.groupId())))
                .build();
    }

    private DeleteSecurityGroupResponse delete(ActionContext ctx, DeleteSecurityGroupRequest request) {
        SecurityGroup deleted = ctx.state().securityGroups().delete(request.groupId(), request.groupName());
        return DeleteSecurityGroupResponse.builder().returnValue(true).groupId(deleted.groupId()).build();
    }

    private DescribeSecurityGroupsResponse describe(ActionContext ctx, DescribeSecurityGroupsRequest request) {
        RegionState state = ctx.state();
        Page<SecurityGroup> page = state.securityGroups().describe(request.groupIds(), request.groupNames(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeSecurityGroupsResponse.builder()
                .securityGroups(page.items().stream().map(g -> software.amazon.awssdk.services.ec2.model.SecurityGroup
                        .builder()
                        .groupId(g.groupId())
                        .groupName(g.groupName())
                        .description(g.description())
                        .vpcId(g.vpcId())
                        .ownerId(g.ownerId())
                        .securityGroupArn(g.arn())
                        .ipPermissions(permissions(g.ingress(), g.ownerId()))
                        .ipPermissionsEgress(permissions(g.egress(), g.ownerId()))
                        .tags(Wire.sdkTags(state.tags().tagsOf(g.groupId())))
                        .build()).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private AuthorizeSecurityGroupIngressResponse authorizeIngress(ActionContext ctx,
                                                                   AuthorizeSecurityGroupIngressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        List<PermissionRequest> permissions = new LegacyPermission(r.ipProtocol(), r.fromPort(), r.toPort(),
                r.cidrIp(), r.sourceSecurityGroupName(), r.sourceSecurityGroupOwnerId())
                .with(permissionRequests(r.ipPermissions()));
        List<SecurityGroupRule> added = groups.rules().authorize(groups.target(r.groupId(), r.groupName()), false,
                permissions, Wire.tagSpecifications(r.tagSpecifications()));
        return AuthorizeSecurityGroupIngressResponse.builder().returnValue(true)
                .securityGroupRules(sdkRules(ctx, added)).build();
    }

    private AuthorizeSecurityGroupEgressResponse authorizeEgress(ActionContext ctx,
                                                                 AuthorizeSecurityGroupEgressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        List<PermissionRequest> permissions = new LegacyPermission(r.ipProtocol(), r.fromPort(), r.toPort(),
                r.cidrIp(), r.sourceSecurityGroupName(), r.sourceSecurityGroupOwnerId())
                .with(permissionRequests(r.ipPermissions()));
        List<SecurityGroupRule> added = groups.rules().authorize(groups.resources().require(r.groupId()), true,
                permissions, Wire.tagSpecifications(r.tagSpecifications()));
        return AuthorizeSecurityGroupEgressResponse.builder().returnValue(true)
                .securityGroupRules(sdkRules(ctx, added)).build();
    }

    private RevokeSecurityGroupIngressResponse revokeIngress(ActionContext ctx, RevokeSecurityGroupIngressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        List<PermissionRequest> permissions = new LegacyPermission(r.ipProtocol(), r.fromPort(), r.toPort(),
                r.cidrIp(), r.sourceSecurityGroupName(), r.sourceSecurityGroupOwnerId())
                .with(permissionRequests(r.ipPermissions()));
        SecurityGroup group = groups.target(r.groupId(), r.groupName());
        SecurityGroupRules.Revocation done = groups.rules().revoke(group, false, permissions,
                r.securityGroupRuleIds());
        return RevokeSecurityGroupIngressResponse.builder().returnValue(true)
                .unknownIpPermissions(done.unknown().isEmpty() ? null : permissions(done.unknown(), group.ownerId()))
                .revokedSecurityGroupRules(revoked(done.revoked()))
                .build();
    }

    private RevokeSecurityGroupEgressResponse revokeEgress(ActionContext ctx, RevokeSecurityGroupEgressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        List<PermissionRequest> permissions = new LegacyPermission(r.ipProtocol(), r.fromPort(), r.toPort(),
                r.cidrIp(), r.sourceSecurityGroupName(), r.sourceSecurityGroupOwnerId())
                .with(permissionRequests(r.ipPermissions()));
        SecurityGroup group = groups.resources().require(r.groupId());
        SecurityGroupRules.Revocation done = groups.rules().revoke(group, true, permissions, r.securityGroupRuleIds());
        return RevokeSecurityGroupEgressResponse.builder().returnValue(true)
                .unknownIpPermissions(done.unknown().isEmpty() ? null : permissions(done.unknown(), group.ownerId()))
                .revokedSecurityGroupRules(revoked(done.revoked()))
                .build();
    }

    private DescribeSecurityGroupRulesResponse describeRules(ActionContext ctx, DescribeSecurityGroupRulesRequest r) {
        Page<SecurityGroupRule> page = ctx.state().securityGroups().rules().describe(r.securityGroupRuleIds(),
                Wire.filters(r.filters()), r.maxResults(), r.nextToken());
        return DescribeSecurityGroupRulesResponse.builder()
                .securityGroupRules(sdkRules(ctx, page.items()))
                .nextToken(page.nextToken())
                .build();
    }

    private ModifySecurityGroupRulesResponse modifyRules(ActionContext ctx, ModifySecurityGroupRulesRequest r) {
        List<RuleEdits.RuleUpdate> updates = r.securityGroupRules().stream()
                .map(u -> new RuleEdits.RuleUpdate(u.securityGroupRuleId(), ruleRequest(u.securityGroupRule())))
                .toList();
        ctx.state().securityGroups().edits().modify(r.groupId(), updates);
        return ModifySecurityGroupRulesResponse.builder().returnValue(true).build();
    }

    private UpdateSecurityGroupRuleDescriptionsIngressResponse updateIngressDescriptions(
            ActionContext ctx, UpdateSecurityGroupRuleDescriptionsIngressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        groups.edits().updateDescriptions(groups.target(r.groupId(), r.groupName()), false,
                permissionRequests(r.ipPermissions()), r.securityGroupRuleDescriptions().stream()
                        .map(d -> new RuleEdits.RuleDescription(d.securityGroupRuleId(), d.description())).toList());
        return UpdateSecurityGroupRuleDescriptionsIngressResponse.builder().returnValue(true).build();
    }

    private UpdateSecurityGroupRuleDescriptionsEgressResponse updateEgressDescriptions(
            ActionContext ctx, UpdateSecurityGroupRuleDescriptionsEgressRequest r) {
        SecurityGroups groups = ctx.state().securityGroups();
        groups.edits().updateDescriptions(groups.target(r.groupId(), r.groupName()), true,
                permissionRequests(r.ipPermissions()), r.securityGroupRuleDescriptions().stream()
                        .map(d -> new RuleEdits.RuleDescription(d.securityGroupRuleId(), d.description())).toList());
        return UpdateSecurityGroupRuleDescriptionsEgressResponse.builder().returnValue(true).build();
    }

    private static List<PermissionRequest> permissionRequests(List<IpPermission> permissions) {
        return permissions.stream().map(p -> new PermissionRequest(p.ipProtocol(), p.fromPort(), p.toPort(),
                p.ipRanges().stream().map(x -> new PermissionRequest.Peer(x.cidrIp(), x.description())).toList(),
                p.ipv6Ranges().stream().map(x -> new PermissionRequest.Peer(x.cidrIpv6(), x.description())).toList(),
                p.userIdGroupPairs().stream().map(x -> new PermissionRequest.GroupPeer(x.groupId(), x.groupName(),
                        x.userId(), x.description())).toList(),
                p.prefixListIds().stream().map(x -> new PermissionRequest.Peer(x.prefixListId(), x.description()))
                        .toList())).toList();
    }

    private static RuleEdits.RuleRequest ruleRequest(SecurityGroupRuleRequest r) {
        return r == null ? null : new RuleEdits.RuleRequest(r.ipProtocol(), r.fromPort(), r.toPort(), r.cidrIpv4(),
                r.cidrIpv6(), r.prefixListId(), r.referencedGroupId(), r.description());
    }

    /** Rules as DescribeSecurityGroupRules shows them: ports -1 when the protocol has none. */
    private static List<software.amazon.awssdk.services.ec2.model.SecurityGroupRule> sdkRules(
            ActionContext ctx, List<SecurityGroupRule> rules) {
        return rules.stream().map(r -> software.amazon.awssdk.services.ec2.model.SecurityGroupRule.builder()
                .securityGroupRuleId(r.ruleId())
                .groupId(r.groupId())
                .groupOwnerId(ctx.accountId())
                .isEgress(r.egress())
                .ipProtocol(r.ipProtocol())
                .fromPort(r.fromPort() == null ? -1 : r.fromPort())
                .toPort(r.toPort() == null ? -1 : r.toPort())
                .cidrIpv4(r.cidrIpv4())
                .cidrIpv6(r.cidrIpv6())
                .prefixListId(r.prefixListId())
                .referencedGroupInfo(r.referencedGroupId() == null ? null : ReferencedSecurityGroup.builder()
                        .groupId(r.referencedGroupId()).userId(ctx.accountId()).build())
                .description(r.description())
                .tags(Wire.sdkTags(ctx.state().tags().tagsOf(r.ruleId())))
                .securityGroupRuleArn("arn:aws:ec2:" + ctx.region() + ":" + ctx.accountId()
                        + ":security-group-rule/" + r.ruleId())
                .build()).toList();
    }

    private static List<RevokedSecurityGroupRule> revoked(List<SecurityGroupRule> rules) {
        return rules.stream().map(r -> RevokedSecurityGroupRule.builder()
                .securityGroupRuleId(r.ruleId())
                .groupId(r.groupId())
                .isEgress(r.egress())
                .ipProtocol(r.ipProtocol())
                .fromPort(r.fromPort() == null ? -1 : r.fromPort())
                .toPort(r.toPort() == null ? -1 : r.toPort())
                .cidrIpv4(r.cidrIpv4())
                .cidrIpv6(r.cidrIpv6())
                .prefixListId(r.prefixListId())
                .referencedGroupId(r.referencedGroupId())
                .description(r.description())
                .build()).toList();
    }

    /** Rules grouped as EC2 shows them: one IpPermission per protocol and port range, peers within it. */
    static List<IpPermission> permissions(List<SecurityGroupRule> rules, String ownerId) {
        Map<List<Object>, List<SecurityGroupRule>> grouped = new LinkedHashMap<>();
        for (SecurityGroupRule rule : rules) {
            grouped.computeIfAbsent(Arrays.asList(rule.ipProtocol(), rule.fromPort(), rule.toPort()),
                    k -> new ArrayList<>()).add(rule);
        }
        List<IpPermission> permissions = new ArrayList<>();
        for (List<SecurityGroupRule> same : grouped.values()) {
            SecurityGroupRule first = same.get(0);
            permissions.add(IpPermission.builder()
                    .ipProtocol(first.ipProtocol())
                    .fromPort(first.fromPort())
                    .toPort(first.toPort())
                    .ipRanges(same.stream().filter(r -> r.cidrIpv4() != null)
                            .map(r -> IpRange.builder().cidrIp(r.cidrIpv4()).description(r.description()).build()).toList())
                    .ipv6Ranges(same.stream().filter(r -> r.cidrIpv6() != null)
                            .map(r -> Ipv6Range.builder().cidrIpv6(r.cidrIpv6()).description(r.description()).build())
                            .toList())
                    .userIdGroupPairs(same.stream().filter(r -> r.referencedGroupId() != null)
                            .map(r -> UserIdGroupPair.builder().groupId(r.referencedGroupId()).userId(ownerId)
                                    .description(r.description()).build()).toList())
                    .prefixListIds(same.stream().filter(r -> Objects.nonNull(r.prefixListId()))
                            .map(r -> PrefixListId.builder().prefixListId(r.prefixListId())
                                    .description(r.description()).build()).toList())
                    .build());
        }
        return permissions;
    }
}
