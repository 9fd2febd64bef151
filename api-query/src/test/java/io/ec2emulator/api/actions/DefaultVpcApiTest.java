package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AccountAttribute;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/** A fresh account finds the default VPC AWS creates, in every region, through the real SDK client. */
class DefaultVpcApiTest {

    private static TestServer server;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        server = new TestServer();
        ec2 = server.client("123456789012", "us-east-1");
    }

    @AfterAll
    static void stop() {
        ec2.close();
        server.close();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Vpc defaultVpc() {
        List<Vpc> vpcs = ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs();
        assertEquals(1, vpcs.size());
        return vpcs.get(0);
    }

    @Test
    void defaultVpcAndItsSubnetsOnePerZone() {
        Vpc vpc = defaultVpc();
        assertTrue(vpc.vpcId().matches("vpc-[0-9a-f]{17}"));
        assertEquals("172.31.0.0/16", vpc.cidrBlock());
        assertEquals("available", vpc.stateAsString());
        assertEquals("123456789012", vpc.ownerId());
        assertEquals("associated", vpc.cidrBlockAssociationSet().get(0).cidrBlockState().stateAsString());

        List<Subnet> subnets = ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpc.vpcId()))).subnets();
        assertEquals(6, subnets.size());
        assertEquals(6, subnets.stream().map(Subnet::availabilityZone).distinct().count());
        for (Subnet subnet : subnets) {
            assertTrue(subnet.defaultForAz() && subnet.mapPublicIpOnLaunch());
            assertTrue(subnet.cidrBlock().matches("172\\.31\\.\\d+\\.0/20"), subnet.cidrBlock());
            assertEquals(4091, subnet.availableIpAddressCount());
            assertEquals("arn:aws:ec2:us-east-1:123456789012:subnet/" + subnet.subnetId(), subnet.subnetArn());
        }
        Subnet a = ec2.describeSubnets(r -> r.filters(filter("availability-zone", "us-east-1a"),
                filter("default-for-az", "true"))).subnets().get(0);
        assertEquals("172.31.0.0/20", a.cidrBlock());
        assertEquals(List.of(a.subnetId()), ec2.describeSubnets(r -> r.subnetIds(a.subnetId())).subnets().stream()
                .map(Subnet::subnetId).toList());
    }

    @Test
    void internetGatewayRouteTableAndAclMakeTheDefaultVpcPublic() {
        Vpc vpc = defaultVpc();
        var gateways = ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpc.vpcId())))
                .internetGateways();
        assertEquals(1, gateways.size());
        String igw = gateways.get(0).internetGatewayId();
        assertEquals("available", gateways.get(0).attachments().get(0).stateAsString());

        RouteTable main = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()),
                filter("association.main", "true"))).routeTables().get(0);
        Map<String, String> routes = main.routes().stream()
                .collect(Collectors.toMap(r -> r.destinationCidrBlock(), r -> r.gatewayId()));
        assertEquals(Map.of("172.31.0.0/16", "local", "0.0.0.0/0", igw), routes);
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(filter("route.gateway-id", igw))).routeTables().size());

        NetworkAcl acl = ec2.describeNetworkAcls(r -> r.filters(filter("default", "true"))).networkAcls().get(0);
        assertEquals(6, acl.associations().size());
        assertEquals(4, acl.entries().size());
        assertTrue(acl.entries().stream().anyMatch(e -> e.ruleNumber() == 100 && e.ruleActionAsString().equals("allow")
                && !e.egress() && e.cidrBlock().equals("0.0.0.0/0") && e.protocol().equals("-1")));
        assertTrue(acl.entries().stream().anyMatch(e -> e.ruleNumber() == 32767 && e.ruleActionAsString().equals("deny")));

        String dhcp = vpc.dhcpOptionsId();
        assertEquals("ec2.internal", ec2.describeDhcpOptions(r -> r.dhcpOptionsIds(dhcp)).dhcpOptions().get(0)
                .dhcpConfigurations().stream().filter(c -> c.key().equals("domain-name")).findFirst().orElseThrow()
                .values().get(0).value());
    }

    @Test
    void defaultSecurityGroupAllowsItselfInAndEverythingOut() {
        Vpc vpc = defaultVpc();
        SecurityGroup group = ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().get(0);
        assertEquals(vpc.vpcId(), group.vpcId());
        assertEquals("default VPC security group", group.description());
        IpPermission in = group.ipPermissions().get(0);
        assertEquals("-1", in.ipProtocol());
        assertNull(in.fromPort());
        assertEquals(group.groupId(), in.userIdGroupPairs().get(0).groupId());
        IpPermission out = group.ipPermissionsEgress().get(0);
        assertEquals("0.0.0.0/0", out.ipRanges().get(0).cidrIp());
        assertEquals(List.of(group.groupId()), ec2.describeSecurityGroups(r -> r.filters(filter("group-name", "def*"),
                filter("egress.ip-permission.cidr", "0.0.0.0/0"))).securityGroups().stream()
                .map(SecurityGroup::groupId).toList());
        assertEc2Error("InvalidGroup.NotFound", "does not exist in default VPC",
                () -> ec2.describeSecurityGroups(r -> r.groupNames("web")));
        assertEc2Error("InvalidGroup.NotFound", "sg-0123456789abcdef0",
                () -> ec2.describeSecurityGroups(r -> r.groupIds("sg-0123456789abcdef0")));
        assertEc2Error("InvalidGroupId.Malformed", "nope", () -> ec2.describeSecurityGroups(r -> r.groupIds("nope")));
    }

    @Test
    void accountAttributesNameTheDefaultVpc() {
        Map<String, String> attributes = ec2.describeAccountAttributes().accountAttributes().stream()
                .collect(Collectors.toMap(AccountAttribute::attributeName, a -> a.attributeValues().get(0).attributeValue()));
        assertEquals(defaultVpc().vpcId(), attributes.get("default-vpc"));
        assertEquals("VPC", attributes.get("supported-platforms"));
        assertEquals("5", attributes.get("vpc-max-security-groups-per-interface"));
        assertEquals(1, ec2.describeAccountAttributes(r -> r.attributeNamesWithStrings("default-vpc"))
                .accountAttributes().size());
    }

    @Test
    void unknownIdsFiltersAndOtherAccountsAreErrorsOrInvisible() {
        assertEc2Error("InvalidVpcID.NotFound", "The vpc ID 'vpc-0123456789abcdef0' does not exist",
                () -> ec2.describeVpcs(r -> r.vpcIds("vpc-0123456789abcdef0")));
        assertEc2Error("InvalidVpcID.Malformed", "vpc-xyz", () -> ec2.describeVpcs(r -> r.vpcIds("vpc-xyz")));
        assertEc2Error("InvalidSubnetID.NotFound", "subnet-0123456789abcdef0",
                () -> ec2.describeSubnets(r -> r.subnetIds("subnet-0123456789abcdef0")));
        assertEc2Error("InvalidParameterValue", "The filter 'colour' is invalid",
                () -> ec2.describeSubnets(r -> r.filters(filter("colour", "x"))));
        try (Ec2Client other = server.client("210987654321", "us-east-1");
             Ec2Client ireland = server.client("123456789012", "eu-west-1")) {
            String mine = defaultVpc().vpcId();
            String theirs = other.describeVpcs().vpcs().get(0).vpcId();
            assertNotEquals(mine, theirs);
            assertEc2Error("InvalidVpcID.NotFound", theirs, () -> ec2.describeVpcs(r -> r.vpcIds(theirs)));
            assertEquals(3, ireland.describeSubnets().subnets().size());
            assertEquals("eu-west-1.compute.internal", ireland.describeDhcpOptions().dhcpOptions().get(0)
                    .dhcpConfigurations().stream().filter(c -> c.key().equals("domain-name")).findFirst().orElseThrow()
                    .values().get(0).value());
        }
    }

    @Test
    void defaultResourcesCanBeTaggedAndFoundByTag() {
        Vpc vpc = defaultVpc();
        String subnet = ec2.describeSubnets(r -> r.filters(filter("availability-zone", "us-east-1b"))).subnets().get(0)
                .subnetId();
        ec2.createTags(r -> r.resources(vpc.vpcId(), subnet).tags(software.amazon.awssdk.services.ec2.model.Tag.builder()
                .key("Name").value("main").build()));
        assertEquals("main", ec2.describeVpcs(r -> r.filters(filter("tag:Name", "main"))).vpcs().get(0).tags().get(0)
                .value());
        assertEquals(List.of(subnet), ec2.describeSubnets(r -> r.filters(filter("tag:Name", "main"))).subnets().stream()
                .map(Subnet::subnetId).toList());
        assertEquals(2, ec2.describeTags(r -> r.filters(filter("value", "main"))).tags().size());
        ec2.deleteTags(r -> r.resources(vpc.vpcId(), subnet));
    }
}
