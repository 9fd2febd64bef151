package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.filter.FilterCriterion;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.state.Resources;
import java.util.ArrayList;
import java.util.List;

/** The security groups of one account and region. */
public final class SecurityGroups {

    public static final String DEFAULT_GROUP_NAME = "default";

    private final RegionState region;
    private final Resources<SecurityGroup> groups;

    public SecurityGroups(RegionState region) {
        this.region = region;
        this.groups = new Resources<>(region, SecurityGroupKind.SECURITY_GROUP);
    }

    public Resources<SecurityGroup> resources() {
        return groups;
    }

    /**
     * The default group every VPC has: inbound from itself, outbound to everywhere (IPv4 and, when the
     * VPC has IPv6, IPv6).
     */
    public SecurityGroup createDefaultGroup(String vpcId, String description) {
        String groupId = groups.newId();
        List<SecurityGroupRule> rules = new ArrayList<>();
        rules.add(new SecurityGroupRule(region.ids().next("sgr"), groupId, false, "-1", null, null,
                null, null, groupId, null, null));
        rules.add(new SecurityGroupRule(region.ids().next("sgr"), groupId, true, "-1", null, null,
                "0.0.0.0/0", null, null, null, null));
        SecurityGroup group = new SecurityGroup(groupId, DEFAULT_GROUP_NAME, description, vpcId, region.accountId(),
                rules, region.region());
        groups.put(group);
        return group;
    }

    /**
     * DescribeSecurityGroups: ids must exist; names are looked up in the default VPC (EC2's rule for
     * {@code GroupName}); then filters and pagination.
     */
    public Page<SecurityGroup> describe(List<String> groupIds, List<String> groupNames, String defaultVpcId,
                                        List<FilterCriterion> filters, Integer maxResults, String nextToken) {
        List<String> ids = new ArrayList<>(groupIds);
        for (String name : groupNames) {
            ids.add(byName(defaultVpcId, name).orElseThrow(() -> Ec2Error.client("InvalidGroup.NotFound",
                    "The security group '" + Ec2Error.shorten(name) + "' does not exist in default VPC '"
                            + defaultVpcId + "'")).groupId());
        }
        return groups.describe(ids, filters, maxResults, nextToken);
    }

    public java.util.Optional<SecurityGroup> byName(String vpcId, String name) {
        return groups.store().lookup("name", name).stream()
                .map(id -> groups.get(id).orElseThrow())
                .filter(g -> g.vpcId().equals(vpcId))
                .findFirst();
    }
}
