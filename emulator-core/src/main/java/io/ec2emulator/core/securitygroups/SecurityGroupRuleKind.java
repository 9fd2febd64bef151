package io.ec2emulator.core.securitygroups;

import io.ec2emulator.core.filter.FilterSpec;
import io.ec2emulator.core.state.ResourceKind;

/** EC2's facts about security group rules as resources: {@code sgr-} ids, errors, DescribeSecurityGroupRules' filters. */
public final class SecurityGroupRuleKind {

    private SecurityGroupRuleKind() {
    }

    public static final ResourceKind<SecurityGroupRule> SECURITY_GROUP_RULE = new ResourceKind<>("sgr",
            "security-group-rule", SecurityGroupRule::ruleId,
            "InvalidSecurityGroupRuleId.NotFound", "The security group rule ID '%s' does not exist",
            "InvalidSecurityGroupRuleId.Malformed",
            FilterSpec.<SecurityGroupRule>builder()
                    .indexed("group-id", "group", SecurityGroupRule::groupId)
                    .single("security-group-rule-id", SecurityGroupRule::ruleId)
                    .tags()
                    .build(),
            5, 1000);
}
