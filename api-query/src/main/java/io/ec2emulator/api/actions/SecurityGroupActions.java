package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.securitygroups.SecurityGroupRule;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** DescribeSecurityGroups. */
public final class SecurityGroupActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeSecurityGroups", DescribeSecurityGroupsRequest.class, this::describe);
    }

    private DescribeSecurityGroupsResponse describe(ActionContext ctx, DescribeSecurityGroupsRequest request) {
        RegionState state = ctx.state();
        String defaultVpc = state.networking().defaultVpc().map(Vpc::vpcId).orElse(null);
        Page<SecurityGroup> page = state.securityGroups().describe(request.groupIds(), request.groupNames(), defaultVpc,
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

    /** Rules grouped as EC2 shows them: one IpPermission per protocol and port range, peers within it. */
    static List<IpPermission> permissions(List<SecurityGroupRule> rules, String ownerId) {
        Map<List<Object>, List<SecurityGroupRule>> grouped = new LinkedHashMap<>();
        for (SecurityGroupRule rule : rules) {
            grouped.computeIfAbsent(java.util.Arrays.asList(rule.ipProtocol(), rule.fromPort(), rule.toPort()),
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
                    .prefixListIds(same.stream().map(SecurityGroupRule::prefixListId).filter(Objects::nonNull)
                            .map(p -> PrefixListId.builder().prefixListId(p).build()).toList())
                    .build());
        }
        return permissions;
    }
}
