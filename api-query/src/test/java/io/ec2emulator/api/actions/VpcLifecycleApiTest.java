package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;

/** CreateVpc, DeleteVpc, their attributes, subnets and internet gateways, through the real SDK client. */
class VpcLifecycleApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4000000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Vpc createVpc(Ec2Client ec2, String cidr) {
        return ec2.createVpc(r -> r.cidrBlock(cidr)).vpc();
    }

    private static AttributeBooleanValue bool(boolean value) {
        return AttributeBooleanValue.builder().value(value).build();
    }

    @Test
    void createVpcMakesItsMainRouteTableDefaultAclAndDefaultGroup() {
        Ec2Client ec2 = SERVER.newAccount();
        Vpc vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16").tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.VPC).tags(Tag.builder().key("Name").value("lab").build()).build())).vpc();
        assertTrue(vpc.vpcId().matches("vpc-[0-9a-f]{17}"));
        assertEquals("10.1.0.0/16", vpc.cidrBlock());
        assertEquals("default", vpc.instanceTenancyAsString());
        assertFalse(vpc.isDefault());
        assertEquals(List.of(Tag.builder().key("Name").value("lab").build()), vpc.tags());
        Vpc defaultVpc = ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0);
        assertEquals(defaultVpc.dhcpOptionsId(), vpc.dhcpOptionsId());
        assertEquals(1, ec2.describeVpcs(r -> r.filters(filter("tag:Name", "lab"))).vpcs().size());

        List<RouteTable> tables = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()))).routeTables();
        assertEquals(1, tables.size());
        assertTrue(tables.get(0).associations().get(0).main());
        assertEquals(1, tables.get(0).routes().size());
        assertEquals("10.1.0.0/16", tables.get(0).routes().get(0).destinationCidrBlock());
        assertEquals("local", tables.get(0).routes().get(0).gatewayId());

        List<NetworkAcl> acls = ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpc.vpcId()))).networkAcls();
        assertEquals(1, acls.size());
        assertTrue(acls.get(0).isDefault());
        assertEquals(4, acls.get(0).entries().size());
        assertTrue(acls.get(0).entries().stream().anyMatch(e -> e.ruleNumber() == 32767
                && e.ruleActionAsString().equals("deny")));

        List<SecurityGroup> groups = ec2.describeSecurityGroups(r -> r.filters(filter("vpc-id", vpc.vpcId())))
                .securityGroups();
        assertEquals(1, groups.size());
        assertEquals("default", groups.get(0).groupName());
        assertEquals("default VPC security group", groups.get(0).description());

        assertEquals(true, ec2.describeVpcAttribute(r -> r.vpcId(vpc.vpcId())
                .attribute(VpcAttributeName.ENABLE_DNS_SUPPORT)).enableDnsSupport().value());
        assertEquals(false, ec2.describeVpcAttribute(r -> r.vpcId(vpc.vpcId())
                .attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)).enableDnsHostnames().value());
    }

    @Test
    void createVpcChecksTheBlockSizeTenancyAndQuota() {
        Ec2Client ec2 = SERVER.newAccount();
        assertEc2Error("InvalidVpc.Range", "The CIDR '10.0.0.0/15' is invalid.",
                () -> createVpc(ec2, "10.0.0.0/15"));
        assertEc2Error("InvalidVpc.Range", "The CIDR '10.0.0.0/29' is invalid.",
                () -> createVpc(ec2, "10.0.0.0/29"));
        assertEc2Error("InvalidParameterValue", "not a valid CIDR block", () -> createVpc(ec2, "10.0.0.0"));
        assertEc2Error("InvalidParameterValue", "instanceTenancy",
                () -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").instanceTenancy("host")));
        assertEquals("10.0.0.0/28", createVpc(ec2, "10.0.0.0/28").cidrBlock());
        assertEquals("default", ec2.createVpc(r -> r.cidrBlock("10.2.0.0/16").instanceTenancy("default"))
                .vpc().instanceTenancyAsString());
        createVpc(ec2, "10.3.0.0/16");
        createVpc(ec2, "10.4.0.0/16");
        assertEquals(5, ec2.describeVpcs().vpcs().size());
        assertEc2Error("VpcLimitExceeded", "The maximum number of VPCs has been reached.",
                () -> createVpc(ec2, "10.5.0.0/16"));
        assertEquals(5, ec2.describeVpcs().vpcs().size());
    }

    @Test
    void dryRunChangesNothing() {
        Ec2Client ec2 = SERVER.newAccount();
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").dryRun(true)));
        assertEquals(1, ec2.describeVpcs().vpcs().size());
        Vpc vpc = createVpc(ec2, "10.0.0.0/16");
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.0.0.0/24").dryRun(true)));
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.createInternetGateway(r -> r.dryRun(true)));
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded",
                () -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()).dryRun(true)));
        assertEc2Error("InvalidVpc.Range", "is invalid",
                () -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/8").dryRun(true)));
        assertEquals(0, ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpc.vpcId()))).subnets().size());
        assertEquals(1, ec2.describeInternetGateways().internetGateways().size());
        assertEquals(1, ec2.describeVpcs(r -> r.vpcIds(vpc.vpcId())).vpcs().size());
    }

    @Test
    void deleteVpcRemovesItsRouteTableAclAndDefaultGroup() {
        Ec2Client ec2 = SERVER.newAccount();
        Vpc vpc = createVpc(ec2, "10.0.0.0/16");
        ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()));
        assertEc2Error("InvalidVpcID.NotFound", vpc.vpcId(), () -> ec2.describeVpcs(r -> r.vpcIds(vpc.vpcId())));
        assertEquals(0, ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpc.vpcId()))).routeTables().size());
        assertEquals(0, ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpc.vpcId()))).networkAcls().size());
        assertEquals(0, ec2.describeSecurityGroups(r -> r.filters(filter("vpc-id", vpc.vpcId())))
                .securityGroups().size());
        assertEc2Error("InvalidVpcID.NotFound", vpc.vpcId(), () -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId())));
    }

    @Test
    void deleteVpcIsRefusedWhileItHasDependencies() {
        Ec2Client ec2 = SERVER.newAccount();
        Vpc vpc = createVpc(ec2, "10.0.0.0/16");
        String message = "The vpc '" + vpc.vpcId() + "' has dependencies and cannot be deleted.";

        String subnetId = ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        assertEc2Error("DependencyViolation", message, () -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId())));
        ec2.deleteSubnet(r -> r.subnetId(subnetId));

        String gatewayId = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpc.vpcId()));
        assertEc2Error("DependencyViolation", message, () -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId())));
        ec2.detachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpc.vpcId()));

        String groupId = ec2.createSecurityGroup(r -> r.vpcId(vpc.vpcId()).groupName("web").description("web"))
                .groupId();
        assertEc2Error("DependencyViolation", message, () -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId())));
        ec2.deleteSecurityGroup(r -> r.groupId(groupId));

        ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()));
        ec2.deleteInternetGateway(r -> r.internetGatewayId(gatewayId));
    }

    @Test
    void vpcAttributesChangeOneAtATime() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = createVpc(ec2, "10.0.0.0/16").vpcId();
        ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(bool(true)));
        assertEquals(true, ec2.describeVpcAttribute(r -> r.vpcId(vpcId)
                .attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)).enableDnsHostnames().value());
        assertEc2Error("InvalidParameterCombination", "multiple attribute types",
                () -> ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(bool(false))
                        .enableDnsSupport(bool(false))));
        assertEc2Error("MissingParameter", "enableDnsSupport",
                () -> ec2.modifyVpcAttribute(r -> r.vpcId(vpcId)));
        ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(bool(false)));
        ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsSupport(bool(false)));
        assertEquals(false, ec2.describeVpcAttribute(r -> r.vpcId(vpcId)
                .attribute(VpcAttributeName.ENABLE_DNS_SUPPORT)).enableDnsSupport().value());
        assertEc2Error("InvalidParameterValue", "DNS support",
                () -> ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(bool(true))));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> ec2.describeVpcAttribute(r -> r.vpcId("vpc-0123456789abcdef0")
                        .attribute(VpcAttributeName.ENABLE_DNS_SUPPORT)));
        assertEc2Error("InvalidVpcID.Malformed", "nope",
                () -> ec2.modifyVpcAttribute(r -> r.vpcId("nope").enableDnsSupport(bool(true))));
    }

    @Test
    void createSubnetChecksItsBlockAndZone() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = createVpc(ec2, "10.0.0.0/16").vpcId();
        Subnet subnet = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.0/24").availabilityZone("us-east-1b")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SUBNET)
                        .tags(Tag.builder().key("tier").value("app").build()).build())).subnet();
        assertEquals("us-east-1b", subnet.availabilityZone());
        assertEquals(256 - 5, subnet.availableIpAddressCount());
        assertFalse(subnet.mapPublicIpOnLaunch());
        assertFalse(subnet.defaultForAz());
        assertEquals("app", subnet.tags().get(0).value());

        String zoneId = ec2.describeAvailabilityZones(r -> r.zoneNames("us-east-1c")).availabilityZones().get(0)
                .zoneId();
        Subnet byId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.1.0/28").availabilityZoneId(zoneId))
                .subnet();
        assertEquals("us-east-1c", byId.availabilityZone());
        assertEquals(11, byId.availableIpAddressCount());
        Subnet anyZone = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.2.0/24")).subnet();
        assertTrue(anyZone.availabilityZone().startsWith("us-east-1"));

        NetworkAcl acl = ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpcId))).networkAcls().get(0);
        assertEquals(3, acl.associations().size());
        assertEquals(1, ec2.describeNetworkAcls(r -> r.filters(filter("association.subnet-id", subnet.subnetId())))
                .networkAcls().size());

        assertEc2Error("InvalidSubnet.Range", "The CIDR '10.1.0.0/24' is invalid.",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.1.0.0/24")));
        assertEc2Error("InvalidSubnet.Range", "The CIDR '10.0.3.0/29' is invalid.",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.3.0/29")));
        assertEc2Error("InvalidSubnet.Conflict", "The CIDR '10.0.0.128/25' conflicts with another subnet",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.128/25")));
        assertEc2Error("InvalidSubnet.Conflict", "conflicts with another subnet",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.0/16")));
        assertEc2Error("InvalidParameterValue", "Subnets can currently only be created in the following "
                + "availability zones: us-east-1a",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.9.0/24").availabilityZone("us-west-2a")));
        assertEc2Error("InvalidParameterValue", "availabilityZoneId",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.9.0/24").availabilityZoneId("usw2-az1")));
        assertEc2Error("InvalidVpcID.NotFound", "vpc-0123456789abcdef0",
                () -> ec2.createSubnet(r -> r.vpcId("vpc-0123456789abcdef0").cidrBlock("10.0.9.0/24")));
        assertEc2Error("InvalidParameterValue", "tag",
                () -> ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.9.0/24").tagSpecifications(
                        TagSpecification.builder().resourceType(ResourceType.VPC)
                                .tags(Tag.builder().key("k").value("v").build()).build())));
        assertEquals(3, ec2.describeSubnets(r -> r.filters(filter("vpc-id", vpcId))).subnets().size());

        ec2.modifySubnetAttribute(r -> r.subnetId(subnet.subnetId()).mapPublicIpOnLaunch(bool(true)));
        assertTrue(ec2.describeSubnets(r -> r.subnetIds(subnet.subnetId())).subnets().get(0).mapPublicIpOnLaunch());

        ec2.deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        assertEc2Error("InvalidSubnetID.NotFound", subnet.subnetId(),
                () -> ec2.deleteSubnet(r -> r.subnetId(subnet.subnetId())));
        assertEquals(2, ec2.describeNetworkAcls(r -> r.filters(filter("vpc-id", vpcId))).networkAcls().get(0)
                .associations().size());
        ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.0.0/24"));
    }

    @Test
    void internetGatewaysAttachToOneVpcEach() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = createVpc(ec2, "10.0.0.0/16").vpcId();
        String otherVpcId = createVpc(ec2, "10.1.0.0/16").vpcId();
        InternetGateway gateway = ec2.createInternetGateway(r -> r.tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.INTERNET_GATEWAY).tags(Tag.builder().key("Name").value("gw").build())
                .build())).internetGateway();
        String id = gateway.internetGatewayId();
        assertTrue(id.matches("igw-[0-9a-f]{17}"));
        assertTrue(gateway.attachments().isEmpty());
        assertEquals("gw", gateway.tags().get(0).value());

        assertEc2Error("Gateway.NotAttached", "resource " + id + " is not attached to network " + vpcId,
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId)));
        ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
        assertEquals(vpcId, ec2.describeInternetGateways(r -> r.internetGatewayIds(id)).internetGateways().get(0)
                .attachments().get(0).vpcId());
        assertEc2Error("Resource.AlreadyAssociated", "resource " + id + " is already attached to network " + vpcId,
                () -> ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(otherVpcId)));
        String second = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        assertEc2Error("InvalidParameterValue", "Network " + vpcId + " already has an internet gateway attached",
                () -> ec2.attachInternetGateway(r -> r.internetGatewayId(second).vpcId(vpcId)));
        assertEc2Error("Gateway.NotAttached", "is not attached to network " + otherVpcId,
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(otherVpcId)));
        assertEc2Error("DependencyViolation", "The internetGateway '" + id + "' has dependencies and cannot be deleted.",
                () -> ec2.deleteInternetGateway(r -> r.internetGatewayId(id)));

        ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
        ec2.deleteInternetGateway(r -> r.internetGatewayId(id));
        assertEc2Error("InvalidInternetGatewayID.NotFound", id,
                () -> ec2.describeInternetGateways(r -> r.internetGatewayIds(id)));
        ec2.attachInternetGateway(r -> r.internetGatewayId(second).vpcId(vpcId));
    }

    @Test
    void detachingTheDefaultGatewayBlackholesItsRoute() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0).vpcId();
        String id = ec2.describeInternetGateways().internetGateways().get(0).internetGatewayId();
        ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
        RouteTable main = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().get(0);
        assertEquals("blackhole", main.routes().stream().filter(x -> id.equals(x.gatewayId())).findFirst()
                .orElseThrow().stateAsString());
        ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpcId));
        main = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().get(0);
        assertEquals("active", main.routes().stream().filter(x -> id.equals(x.gatewayId())).findFirst()
                .orElseThrow().stateAsString());
    }

    @Test
    void instancesInANewSubnetHoldTheSubnetVpcAndGateway() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = createVpc(ec2, "10.0.0.0/16").vpcId();
        String subnetId = ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock("10.0.5.0/24")).subnet().subnetId();
        ec2.modifySubnetAttribute(r -> r.subnetId(subnetId).mapPublicIpOnLaunch(bool(true)));
        String gatewayId = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId));
        String groupId = ec2.describeSecurityGroups(r -> r.filters(filter("vpc-id", vpcId),
                filter("group-name", "default"))).securityGroups().get(0).groupId();
        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();

        Instance instance = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(subnetId).securityGroupIds(groupId)).instances().get(0);
        assertEquals(vpcId, instance.vpcId());
        assertTrue(instance.privateIpAddress().startsWith("10.0.5."));
        assertEquals(250, ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount());
        assertNotNull(ec2.describeInstances(r -> r.instanceIds(instance.instanceId())).reservations().get(0)
                .instances().get(0).publicIpAddress());

        assertEc2Error("DependencyViolation", "The subnet '" + subnetId + "' has dependencies and cannot be deleted.",
                () -> ec2.deleteSubnet(r -> r.subnetId(subnetId)));
        assertEc2Error("DependencyViolation", "The vpc '" + vpcId + "' has dependencies",
                () -> ec2.deleteVpc(r -> r.vpcId(vpcId)));
        assertEc2Error("DependencyViolation", "Network " + vpcId + " has some mapped public address(es). Please "
                + "unmap those public address(es) before detaching the gateway.",
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId)));

        ec2.terminateInstances(r -> r.instanceIds(instance.instanceId()));
        assertEc2Error("DependencyViolation", "has some mapped public address(es)",
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId)));
        SERVER.server().clock().advance(Duration.ofMinutes(5));
        assertEquals("terminated", ec2.describeInstances(r -> r.instanceIds(instance.instanceId())).reservations()
                .get(0).instances().get(0).state().nameAsString());
        ec2.detachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId));
        ec2.deleteInternetGateway(r -> r.internetGatewayId(gatewayId));
        ec2.deleteSubnet(r -> r.subnetId(subnetId));
        ec2.deleteVpc(r -> r.vpcId(vpcId));
        assertEquals(1, ec2.describeVpcs().vpcs().size());
    }
}
