package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.state.ResourceKind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** EC2's facts about security groups: ids, errors, and DescribeSecurityGroups' filters. */
public final class SecurityGroupKind {

    private SecurityGroupKind() {
    }

    public static final ResourceKind<SecurityGroup> SECURITY_GROUP = new ResourceKind<>("sg", "security-group",
            SecurityGroup::groupId,
            "InvalidGroup.NotFound", "The security group '%s' does not exist", "InvalidGroupId.Malformed",
            filters(), 5, 1000);

    private static FilterSpec<SecurityGroup> filters() {
        return FilterSpec.<SecurityGroup>builder()
                .indexed("group-name", "name", SecurityGroup::groupName)
                .indexed("vpc-id", "vpc", SecurityGroup::vpcId)
                .tags()
                .deferred(more -> {
                    more.single("description", SecurityGroup::description)
                            .single("group-id", SecurityGroup::groupId)
                            .single("owner-id", SecurityGroup::ownerId);
                    permissionFilters(more, "ip-permission.", SecurityGroup::ingress);
                    permissionFilters(more, "egress.ip-permission.", SecurityGroup::egress);
                })
                .build();
    }

    private static void permissionFilters(FilterSpec.Builder<SecurityGroup> spec, String prefix,
                                          Function<SecurityGroup, List<SecurityGroupRule>> rules) {
        spec.many(prefix + "cidr", g -> values(rules.apply(g), SecurityGroupRule::cidrIpv4))
                .many(prefix + "ipv6-cidr", g -> values(rules.apply(g), SecurityGroupRule::cidrIpv6))
                .many(prefix + "from-port", g -> values(rules.apply(g), r -> str(r.fromPort())))
                .many(prefix + "to-port", g -> values(rules.apply(g), r -> str(r.toPort())))
                .many(prefix + "protocol", g -> values(rules.apply(g), SecurityGroupRule::ipProtocol))
                .many(prefix + "group-id", g -> values(rules.apply(g), SecurityGroupRule::referencedGroupId))
                .many(prefix + "prefix-list-id", g -> values(rules.apply(g), SecurityGroupRule::prefixListId))
                .many(prefix + "user-id", g -> values(rules.apply(g),
                        r -> r.referencedGroupId() == null ? null : g.ownerId()));
    }

    private static List<String> values(List<SecurityGroupRule> rules, Function<SecurityGroupRule, String> value) {
        return rules.stream().map(value).flatMap(Stream::ofNullable).filter(Objects::nonNull).distinct().toList();
    }

    private static String str(Integer port) {
        return port == null ? null : String.valueOf(port);
    }
}
