package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.CreateSecurityGroupResponse;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupRulesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.RevokeSecurityGroupIngressResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleDescription;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRuleUpdate;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** The security group API through the real SDK client: groups, rules, their errors and limits. */
class SecurityGroupsApiTest {

    private static final String ALLOWED = "a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*";

    private static TestServer server;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client();
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    private static String newGroup() {
        return ec2.createSecurityGroup(r -> r.groupName("g-" + UUID.randomUUID()).description("test group")).groupId();
    }

    private static SecurityGroup group(String groupId) {
        return ec2.describeSecurityGroups(r -> r.groupIds(groupId)).securityGroups().get(0);
    }

    private static String defaultVpcId() {
        return ec2.describeVpcs(r -> r.filters(Filter.builder().name("is-default").values("true").build()))
                .vpcs().get(0).vpcId();
    }

    private static IpPermission tcp(int from, int to, String... cidrs) {
        return IpPermission.builder().ipProtocol("tcp").fromPort(from).toPort(to)
                .ipRanges(java.util.Arrays.stream(cidrs).map(c -> IpRange.builder().cidrIp(c).build()).toList())
                .build();
    }

    private static TagSpecification tagSpec(String resourceType, String key, String value) {
        return TagSpecification.builder().resourceType(resourceType).tags(Tag.builder().key(key).value(value).build())
                .build();
    }

    private static SecurityGroupRuleUpdate update(String ruleId, SecurityGroupRuleRequest.Builder rule) {
        return SecurityGroupRuleUpdate.builder().securityGroupRuleId(ruleId).securityGroupRule(rule.build()).build();
    }

    private static List<SecurityGroupRule> rulesOf(String groupId) {
        return ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("group-id").values(groupId).build()))
                .securityGroupRules();
    }

    @Test
    void createGivesIdArnTagsAndTheAllowAllEgressRule() {
        CreateSecurityGroupResponse created = ec2.createSecurityGroup(r -> r.groupName("web").description("Web servers")
                .tagSpecifications(tagSpec("security-group", "env", "dev")));
        assertTrue(created.groupId().matches("sg-[0-9a-f]{17}"));
        assertEquals("arn:aws:ec2:us-east-1:" + TestServer.DEFAULT_ACCOUNT + ":security-group/" + created.groupId(),
                created.securityGroupArn());
        assertEquals("env", created.tags().get(0).key());
        SecurityGroup group = group(created.groupId());
        assertEquals("web", group.groupName());
        assertEquals("Web servers", group.description());
        assertEquals(defaultVpcId(), group.vpcId());
        assertTrue(group.ipPermissions().isEmpty());
        assertEquals(1, group.ipPermissionsEgress().size());
        assertEquals("-1", group.ipPermissionsEgress().get(0).ipProtocol());
        assertEquals("0.0.0.0/0", group.ipPermissionsEgress().get(0).ipRanges().get(0).cidrIp());
        assertEquals("dev", group.tags().get(0).value());
        List<SecurityGroupRule> rules = rulesOf(created.groupId());
        assertEquals(1, rules.size());
        assertTrue(rules.get(0).isEgress());
        assertEquals(-1, rules.get(0).fromPort());
        assertTrue(rules.get(0).securityGroupRuleId().matches("sgr-[0-9a-f]{17}"));
    }

    @Test
    void createValidatesNameDescriptionVpcAndUniqueness() {
        assertEc2Error("MissingParameter", "GroupDescription", () -> ec2.createSecurityGroup(r -> r.groupName("x")));
        assertEc2Error("MissingParameter", "GroupName", () -> ec2.createSecurityGroup(r -> r.description("x")));
        assertEc2Error("InvalidParameterValue", "Group names may not be in the format sg-*",
                () -> ec2.createSecurityGroup(r -> r.groupName("sg-web").description("x")));
        assertEc2Error("InvalidGroup.Reserved", "'default' is reserved",
                () -> ec2.createSecurityGroup(r -> r.groupName("Default").description("x")));
        assertEc2Error("InvalidParameterValue", "Character sets beyond ASCII are not supported",
                () -> ec2.createSecurityGroup(r -> r.groupName("n").description("Gruppe für Web")));
        assertEc2Error("InvalidParameterValue", "Invalid security group description. Valid descriptions are strings "
                + "less than 256 characters from the following set:  " + ALLOWED,
                () -> ec2.createSecurityGroup(r -> r.groupName("n").description("it's")));
        assertEc2Error("InvalidParameterValue", "Invalid security group name",
                () -> ec2.createSecurityGroup(r -> r.groupName("x".repeat(256)).description("x")));
        ec2.createSecurityGroup(r -> r.groupName("a ._-:/()#,@[]+=&;{}!$*").description("d"));
        ec2.createSecurityGroup(r -> r.groupName("dup").description("d"));
        assertEc2Error("InvalidGroup.Duplicate", "The security group 'DUP' already exists for VPC '" + defaultVpcId()
                + "'", () -> ec2.createSecurityGroup(r -> r.groupName("DUP").description("d")));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> ec2.createSecurityGroup(r -> r.groupName("v").description("d").vpcId("vpc-0123456789abcdef0")));
        assertEc2Error("InvalidParameterValue", "'instance' is not a valid taggable resource type",
                () -> ec2.createSecurityGroup(r -> r.groupName("t").description("d")
                        .tagSpecifications(tagSpec("instance", "a", "b"))));
    }

    @Test
    void dryRunValidatesAndChangesNothing() {
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.createSecurityGroup(r -> r.groupName("dry").description("d").dryRun(true)));
        assertEc2Error("InvalidGroup.NotFound", "'dry' does not exist in default VPC",
                () -> ec2.describeSecurityGroups(r -> r.groupNames("dry")));
        assertEc2Error("InvalidParameterValue", "sg-*",
                () -> ec2.createSecurityGroup(r -> r.groupName("sg-1").description("d").dryRun(true)));
        String id = newGroup();
        assertEc2Error("DryRunOperation", 412, "DryRun flag",
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(tcp(22, 22, "0.0.0.0/0"))
                        .dryRun(true)));
        assertEquals(1, rulesOf(id).size());
        assertEc2Error("DryRunOperation", 412, "DryRun flag", () -> ec2.deleteSecurityGroup(r -> r.groupId(id).dryRun(true)));
        assertEquals(id, group(id).groupId());
    }

    @Test
    void deleteByIdOrNameAndTheDefaultGroupCannotBeDeleted() {
        String id = newGroup();
        assertEquals(id, ec2.deleteSecurityGroup(r -> r.groupId(id)).groupId());
        assertEc2Error("InvalidGroup.NotFound", "The security group '" + id + "' does not exist",
                () -> ec2.describeSecurityGroups(r -> r.groupIds(id)));
        assertTrue(rulesOf(id).isEmpty());
        ec2.createSecurityGroup(r -> r.groupName("by-name").description("d"));
        assertTrue(ec2.deleteSecurityGroup(r -> r.groupName("by-name")).returnValue());
        assertEc2Error("InvalidGroup.NotFound", "The security group 'by-name' does not exist in default VPC",
                () -> ec2.deleteSecurityGroup(r -> r.groupName("by-name")));
        assertEc2Error("InvalidGroupId.Malformed", "Invalid id", () -> ec2.deleteSecurityGroup(r -> r.groupId("sg-x")));
        assertEc2Error("MissingParameter", "groupName or groupId", () -> ec2.deleteSecurityGroup(r -> { }));
        String defaultId = ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().get(0).groupId();
        assertEc2Error("CannotDelete", "the specified group: \"" + defaultId
                + "\" name: \"default\" cannot be deleted by a user", () -> ec2.deleteSecurityGroup(r -> r.groupId(defaultId)));
    }

    @Test
    void deleteRefusedWhileAnotherGroupReferencesIt() {
        String source = newGroup();
        String target = newGroup();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(target).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(5432).toPort(5432).userIdGroupPairs(UserIdGroupPair.builder().groupId(source).build()).build()));
        assertEc2Error("DependencyViolation", "resource " + source + " has a dependent object",
                () -> ec2.deleteSecurityGroup(r -> r.groupId(source)));
        ec2.deleteSecurityGroup(r -> r.groupId(target));
        ec2.deleteSecurityGroup(r -> r.groupId(source));
    }

    @Test
    void deleteRefusedWhileAnInstanceUsesItUntilTheInstanceIsTerminated() {
        String id = newGroup();
        String imageId = ec2.describeImages(r -> r.owners("amazon")
                .filters(Filter.builder().name("name").values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String instanceId = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1)
                .securityGroupIds(id)).instances().get(0).instanceId();
        assertEc2Error("DependencyViolation", "resource " + id + " has a dependent object",
                () -> ec2.deleteSecurityGroup(r -> r.groupId(id)));
        ec2.terminateInstances(r -> r.instanceIds(instanceId));
        server.clock().advance(Duration.ofSeconds(5));
        ec2.describeInstances(r -> r.instanceIds(instanceId));
        assertTrue(ec2.deleteSecurityGroup(r -> r.groupId(id)).returnValue());
    }

    @Test
    void authorizeReturnsRulesAndDescribeShowsThemGrouped() {
        String id = newGroup();
        AuthorizeSecurityGroupIngressResponse response = ec2.authorizeSecurityGroupIngress(r -> r.groupId(id)
                .ipPermissions(IpPermission.builder().ipProtocol("TCP").fromPort(22).toPort(22).ipRanges(
                        IpRange.builder().cidrIp("10.0.0.28/29").description("office").build(),
                        IpRange.builder().cidrIp("192.168.1.1/32").build()).build(),
                        IpPermission.builder().ipProtocol("icmpv6").ipv6Ranges(Ipv6Range.builder().cidrIpv6("2001:DB8::1/64").build()).build(),
                        IpPermission.builder().ipProtocol("6").fromPort(443).toPort(443)
                                .prefixListIds(PrefixListId.builder().prefixListId("pl-63a5400a").description("s3").build()).build())
                .tagSpecifications(tagSpec("security-group-rule", "k", "v")));
        assertTrue(response.returnValue());
        List<SecurityGroupRule> added = response.securityGroupRules();
        assertEquals(4, added.size());
        assertEquals("10.0.0.24/29", added.get(0).cidrIpv4());
        assertEquals("office", added.get(0).description());
        assertEquals("tcp", added.get(0).ipProtocol());
        assertFalse(added.get(0).isEgress());
        assertEquals("2001:db8::/64", added.get(2).cidrIpv6());
        assertEquals(-1, added.get(2).fromPort());
        assertEquals("pl-63a5400a", added.get(3).prefixListId());
        assertEquals("tcp", added.get(3).ipProtocol());
        assertEquals("v", added.get(0).tags().get(0).value());
        assertEquals("arn:aws:ec2:us-east-1:" + TestServer.DEFAULT_ACCOUNT + ":security-group-rule/"
                + added.get(0).securityGroupRuleId(), added.get(0).securityGroupRuleArn());

        SecurityGroup group = group(id);
        assertEquals(3, group.ipPermissions().size());
        assertEquals(2, group.ipPermissions().get(0).ipRanges().size());
        assertEquals("s3", group.ipPermissions().get(2).prefixListIds().get(0).description());
        assertEquals(1, ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("ip-permission.cidr")
                .values("10.0.0.24/29").build())).securityGroups().size());
        assertEquals(4, ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("tag:k").values("v").build(),
                Filter.builder().name("group-id").values(id).build())).securityGroupRules().size());
    }

    @Test
    void legacyParametersAndSourceGroups() {
        String id = newGroup();
        String source = newGroup();
        String sourceName = group(source).groupName();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0"));
        ec2.authorizeSecurityGroupIngress(r -> r.groupName(group(id).groupName()).sourceSecurityGroupName(sourceName));
        List<IpPermission> ingress = group(id).ipPermissions();
        assertEquals(4, ingress.size());
        assertEquals(List.of("tcp", "icmp", "tcp", "udp"), ingress.stream().map(IpPermission::ipProtocol).toList());
        assertEquals(source, ingress.get(1).userIdGroupPairs().get(0).groupId());
        assertEquals(TestServer.DEFAULT_ACCOUNT, ingress.get(1).userIdGroupPairs().get(0).userId());
        assertEc2Error("InvalidParameterCombination", "IpPermissions cannot be used with the parameter CidrIp",
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).cidrIp("1.2.3.4/32")
                        .ipPermissions(tcp(1, 1, "1.1.1.1/32"))));
        assertEc2Error("InvalidGroup.NotFound", "The security group 'nope' does not exist in default VPC",
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                        .ipProtocol("-1").userIdGroupPairs(UserIdGroupPair.builder().groupName("nope").build()).build())));
        assertEc2Error("InvalidGroup.NotFound", "The security group 'sg-0123456789abcdef0' does not exist",
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                        .ipProtocol("-1").userIdGroupPairs(UserIdGroupPair.builder().groupId("sg-0123456789abcdef0").build()).build())));
        assertEc2Error("MissingParameter", "Source group ID missing.",
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                        .ipProtocol("-1").userIdGroupPairs(UserIdGroupPair.builder().description("x").build()).build())));
        assertEc2Error("MissingParameter", "GroupId", () -> ec2.authorizeSecurityGroupEgress(r -> r.ipPermissions(
                tcp(1, 1, "1.1.1.1/32"))));
    }

    @Test
    void protocolPortAndCidrValidation() {
        String id = newGroup();
        assertEc2Error("InvalidParameterValue", "Invalid value 'all' for IP protocol. Unknown protocol.",
                () -> authorize(id, IpPermission.builder().ipProtocol("all").ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidParameterValue", "Invalid value '256' for IP protocol. Unknown protocol.",
                () -> authorize(id, IpPermission.builder().ipProtocol("256").ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidParameterValue", "VPC security group rules must specify protocols explicitly.",
                () -> authorize(id, IpPermission.builder().ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidParameterValue", "Invalid value 'Must specify both from and to ports with TCP/UDP.' "
                + "for portRange.", () -> authorize(id, IpPermission.builder().ipProtocol("udp").ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidPermission.Malformed", "TCP/UDP port (-1) out of range",
                () -> authorize(id, IpPermission.builder().ipProtocol("tcp").toPort(22).ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidPermission.Malformed", "TCP/UDP port (70000) out of range", () -> authorize(id, tcp(1, 70000, "0.0.0.0/0")));
        assertEc2Error("InvalidPermission.Malformed", "Invalid TCP/UDP port range", () -> authorize(id, tcp(90, 80, "0.0.0.0/0")));
        assertEc2Error("InvalidParameterValue", "Must specify both from and to ports with ICMP.",
                () -> authorize(id, IpPermission.builder().ipProtocol("icmp").fromPort(8).ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidParameterValue", "ICMP code (65535) out of range",
                () -> authorize(id, IpPermission.builder().ipProtocol("icmp").fromPort(0).toPort(65535)
                        .ipRanges(cidr("0.0.0.0/0")).build()));
        assertEc2Error("InvalidParameterValue", "CIDR block ::/0 is malformed", () -> authorize(id, tcp(1, 1, "::/0")));
        assertEc2Error("InvalidParameterValue", "CIDR block 10.0.0.1 is malformed", () -> authorize(id, tcp(1, 1, "10.0.0.1")));
        assertEc2Error("InvalidParameterValue", "CIDR block 10.0.0.256/32 is malformed", () -> authorize(id, tcp(1, 1, "10.0.0.256/32")));
        assertEc2Error("MissingParameter", "Missing source specification",
                () -> authorize(id, IpPermission.builder().ipProtocol("tcp").fromPort(1).toPort(1).build()));
        assertEc2Error("InvalidParameterValue", "Invalid rule description. Valid descriptions are strings less than 256 "
                + "characters from the following set:  " + ALLOWED, () -> authorize(id, IpPermission.builder()
                .ipProtocol("tcp").fromPort(1).toPort(1).ipRanges(IpRange.builder().cidrIp("1.1.1.1/32")
                        .description("customer's").build()).build()));
        assertEc2Error("InvalidPrefixListId.Malformed", "pl-nope", () -> authorize(id, IpPermission.builder()
                .ipProtocol("-1").prefixListIds(PrefixListId.builder().prefixListId("pl-nope").build()).build()));
        assertEc2Error("InvalidParameterValue", "The same permission must not appear multiple times",
                () -> authorize(id, tcp(1, 1, "1.1.1.1/32", "1.1.1.1/32")));
        // -1 ignores ports; icmp -1/-1 means every type and code
        authorize(id, IpPermission.builder().ipProtocol("-1").fromPort(5).toPort(9).ipRanges(cidr("10.0.0.0/8")).build());
        authorize(id, IpPermission.builder().ipProtocol("icmp").fromPort(-1).toPort(-1).ipRanges(cidr("10.0.0.0/8")).build());
        authorize(id, IpPermission.builder().ipProtocol("50").ipRanges(cidr("10.0.0.0/8")).build());
        List<IpPermission> ingress = group(id).ipPermissions();
        assertEquals("-1", ingress.get(0).ipProtocol());
        assertNull(ingress.get(0).fromPort());
        assertEquals(-1, ingress.get(1).fromPort());
        assertEquals("50", ingress.get(2).ipProtocol());
        assertEquals(3, ingress.size());
    }

    private static IpRange cidr(String cidr) {
        return IpRange.builder().cidrIp(cidr).build();
    }

    private static void authorize(String groupId, IpPermission... permissions) {
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(permissions));
    }

    @Test
    void duplicatesAreRefusedWithEc2sTextAndNothingIsAdded() {
        String id = newGroup();
        authorize(id, tcp(22, 22, "0.0.0.0/0"));
        assertEc2Error("InvalidPermission.Duplicate", "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, "
                + "ALLOW\" already exists", () -> authorize(id, tcp(80, 80, "0.0.0.0/0"), tcp(22, 22, "0.0.0.0/0")));
        assertEquals(1, group(id).ipPermissions().size());
        assertEc2Error("InvalidPermission.Duplicate", "the specified rule \"peer: 0.0.0.0/0, ALL, ALLOW\" already exists",
                () -> ec2.authorizeSecurityGroupEgress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                        .ipProtocol("-1").ipRanges(cidr("0.0.0.0/0")).build())));
        assertEc2Error("InvalidPermission.Duplicate", "\"peer: 10.0.0.0/8, protocol: 50, ALLOW\"", () -> {
            authorize(id, IpPermission.builder().ipProtocol("50").ipRanges(cidr("10.0.0.0/8")).build());
            authorize(id, IpPermission.builder().ipProtocol("50").ipRanges(cidr("10.1.0.0/8")).build());
        });
        String self = id;
        authorize(id, IpPermission.builder().ipProtocol("tcp").fromPort(0).toPort(65535)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(self).build()).build());
        assertEc2Error("InvalidPermission.Duplicate", "\"peer: " + self + ", TCP, from port: 0, to port: 65535, ALLOW\"",
                () -> authorize(id, IpPermission.builder().ipProtocol("tcp").fromPort(0).toPort(65535)
                        .userIdGroupPairs(UserIdGroupPair.builder().groupId(self).description("d").build()).build()));
    }

    @Test
    void sixtyRulesPerDirectionCountedPerPeer() {
        String id = newGroup();
        List<String> cidrs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cidrs.add("10.0." + i + ".0/24");
        }
        authorize(id, tcp(443, 443, cidrs.toArray(String[]::new)));
        assertEc2Error("RulesPerSecurityGroupLimitExceeded", "The maximum number of rules per security group has been "
                + "reached.", () -> authorize(id, tcp(80, 80, "1.1.1.1/32")));
        assertEquals(61, rulesOf(id).size());
        List<String> egress = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            egress.add("10.1." + i + ".0/24");
        }
        assertEc2Error("RulesPerSecurityGroupLimitExceeded", "maximum number of rules", () -> ec2.authorizeSecurityGroupEgress(
                r -> r.groupId(id).ipPermissions(tcp(443, 443, egress.toArray(String[]::new)))));
        ec2.authorizeSecurityGroupEgress(r -> r.groupId(id).ipPermissions(tcp(443, 443,
                egress.subList(0, 59).toArray(String[]::new))));
        assertEquals(120, rulesOf(id).size());
    }

    @Test
    void revokeByPermissionOrIdAndUnknownPermissionsInTheDefaultVpc() {
        String id = newGroup();
        List<SecurityGroupRule> added = ec2.authorizeSecurityGroupIngress(r -> r.groupId(id)
                .ipPermissions(tcp(22, 22, "10.0.0.0/8", "10.1.0.0/16"), tcp(80, 80, "0.0.0.0/0"))).securityGroupRules();
        RevokeSecurityGroupIngressResponse revoked = ec2.revokeSecurityGroupIngress(r -> r.groupId(id)
                .ipPermissions(tcp(22, 22, "10.0.0.0/8", "172.16.0.0/12")));
        assertTrue(revoked.returnValue());
        assertEquals(List.of(added.get(0).securityGroupRuleId()), revoked.revokedSecurityGroupRules().stream()
                .map(x -> x.securityGroupRuleId()).toList());
        assertEquals("172.16.0.0/12", revoked.unknownIpPermissions().get(0).ipRanges().get(0).cidrIp());
        RevokeSecurityGroupIngressResponse byId = ec2.revokeSecurityGroupIngress(r -> r.groupId(id)
                .securityGroupRuleIds(added.get(2).securityGroupRuleId()));
        assertEquals(80, byId.revokedSecurityGroupRules().get(0).fromPort());
        assertEquals(1, group(id).ipPermissions().size());
        assertEc2Error("InvalidSecurityGroupRuleId.NotFound", added.get(2).securityGroupRuleId(),
                () -> ec2.revokeSecurityGroupIngress(r -> r.groupId(id).securityGroupRuleIds(added.get(2).securityGroupRuleId())));
        String egressRule = rulesOf(id).stream().filter(SecurityGroupRule::isEgress).findFirst().orElseThrow()
                .securityGroupRuleId();
        assertEc2Error("InvalidSecurityGroupRuleId.NotFound", egressRule,
                () -> ec2.revokeSecurityGroupIngress(r -> r.groupId(id).securityGroupRuleIds(egressRule)));
        ec2.revokeSecurityGroupEgress(r -> r.groupId(id).ipPermissions(IpPermission.builder().ipProtocol("-1")
                .ipRanges(cidr("0.0.0.0/0")).build()));
        assertTrue(group(id).ipPermissionsEgress().isEmpty());
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> ec2.revokeSecurityGroupIngress(r -> r.groupId(id)
                .ipPermissions(tcp(22, 22, "10.1.0.0/16")).dryRun(true)));
        assertEquals(1, group(id).ipPermissions().size());
    }

    @Test
    void describeRulesByIdFilterAndPages() {
        String id = newGroup();
        authorize(id, tcp(1, 10, "1.0.0.0/8", "2.0.0.0/8", "3.0.0.0/8", "4.0.0.0/8", "5.0.0.0/8", "6.0.0.0/8"));
        DescribeSecurityGroupRulesResponse first = ec2.describeSecurityGroupRules(r -> r.maxResults(5)
                .filters(Filter.builder().name("group-id").values(id).build()));
        assertEquals(5, first.securityGroupRules().size());
        DescribeSecurityGroupRulesResponse second = ec2.describeSecurityGroupRules(r -> r.maxResults(5)
                .nextToken(first.nextToken()).filters(Filter.builder().name("group-id").values(id).build()));
        assertEquals(2, second.securityGroupRules().size());
        assertNull(second.nextToken());
        String ruleId = second.securityGroupRules().get(0).securityGroupRuleId();
        assertEquals(ruleId, ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId)).securityGroupRules()
                .get(0).securityGroupRuleId());
        assertEquals(1, ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("security-group-rule-id")
                .values(ruleId).build())).securityGroupRules().size());
        assertEc2Error("InvalidSecurityGroupRuleId.NotFound", "sgr-0123456789abcdef0",
                () -> ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds("sgr-0123456789abcdef0")));
        assertEc2Error("InvalidSecurityGroupRuleId.Malformed", "sgr-x",
                () -> ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds("sgr-x")));
        assertEc2Error("InvalidParameterValue", "between 5 and 1000", () -> ec2.describeSecurityGroupRules(r -> r.maxResults(4)));
        assertEc2Error("InvalidParameterValue", "The filter 'cidr' is invalid", () -> ec2.describeSecurityGroupRules(
                r -> r.filters(Filter.builder().name("cidr").values("x").build())));
        ec2.createTags(r -> r.resources(ruleId).tags(Tag.builder().key("role").value("db").build()));
        assertEquals(ruleId, ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("tag:role").values("db")
                .build())).securityGroupRules().get(0).securityGroupRuleId());
    }

    @Test
    void modifyRulesAndUpdateDescriptions() {
        String id = newGroup();
        List<SecurityGroupRule> added = ec2.authorizeSecurityGroupIngress(r -> r.groupId(id)
                .ipPermissions(tcp(22, 22, "10.0.0.0/8", "10.1.0.0/16"))).securityGroupRules();
        String ruleId = added.get(0).securityGroupRuleId();
        ec2.modifySecurityGroupRules(r -> r.groupId(id).securityGroupRules(update(ruleId,
                        SecurityGroupRuleRequest.builder().ipProtocol("udp").fromPort(53).toPort(53).cidrIpv4("192.168.0.0/16")
                        .description("dns"))));
        SecurityGroupRule modified = ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId))
                .securityGroupRules().get(0);
        assertEquals("udp", modified.ipProtocol());
        assertEquals("192.168.0.0/16", modified.cidrIpv4());
        assertEquals("dns", modified.description());
        assertEc2Error("InvalidPermission.Duplicate", "peer: 10.1.0.0/16, TCP, from port: 22, to port: 22",
                () -> ec2.modifySecurityGroupRules(r -> r.groupId(id).securityGroupRules(update(ruleId,
                        SecurityGroupRuleRequest.builder().ipProtocol("tcp").fromPort(22).toPort(22).cidrIpv4("10.1.0.0/16")))));
        assertEc2Error("MissingParameter", "CIDR block, a security group ID or a prefix list has to be specified",
                () -> ec2.modifySecurityGroupRules(r -> r.groupId(id).securityGroupRules(update(ruleId,
                        SecurityGroupRuleRequest.builder().ipProtocol("-1")))));
        String other = newGroup();
        assertEc2Error("InvalidSecurityGroupRuleId.NotFound", ruleId,
                () -> ec2.modifySecurityGroupRules(r -> r.groupId(other).securityGroupRules(update(ruleId,
                        SecurityGroupRuleRequest.builder().ipProtocol("-1").cidrIpv4("1.1.1.1/32")))));

        ec2.updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                .ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(IpRange.builder().cidrIp("10.1.0.0/16")
                        .description("vpn").build()).build()));
        assertEquals("vpn", ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(added.get(1).securityGroupRuleId()))
                .securityGroupRules().get(0).description());
        ec2.updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(id).securityGroupRuleDescriptions(
                SecurityGroupRuleDescription.builder().securityGroupRuleId(ruleId).description("resolver").build()));
        assertEquals("resolver", ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId))
                .securityGroupRules().get(0).description());
        assertEc2Error("InvalidPermission.NotFound", "The specified rule does not exist in this security group.",
                () -> ec2.updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(id).ipPermissions(
                        tcp(23, 23, "10.1.0.0/16"))));
        String egressRule = rulesOf(id).stream().filter(SecurityGroupRule::isEgress).findFirst().orElseThrow()
                .securityGroupRuleId();
        ec2.updateSecurityGroupRuleDescriptionsEgress(r -> r.groupId(id).securityGroupRuleDescriptions(
                SecurityGroupRuleDescription.builder().securityGroupRuleId(egressRule).description("out").build()));
        assertEquals("out", group(id).ipPermissionsEgress().get(0).ipRanges().get(0).description());
    }
}
