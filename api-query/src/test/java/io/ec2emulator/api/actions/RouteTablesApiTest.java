package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** Route tables, their associations and routes to internet gateways, egress-only gateways and instances. */
class RouteTablesApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4100000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static String vpc(Ec2Client ec2, String cidr) {
        return ec2.createVpc(r -> r.cidrBlock(cidr)).vpc().vpcId();
    }

    private static String subnet(Ec2Client ec2, String vpcId, String cidr) {
        return ec2.createSubnet(r -> r.vpcId(vpcId).cidrBlock(cidr)).subnet().subnetId();
    }

    private static String table(Ec2Client ec2, String vpcId) {
        return ec2.createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
    }

    private static String attachedGateway(Ec2Client ec2, String vpcId) {
        String gatewayId = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId));
        return gatewayId;
    }

    private static RouteTable describe(Ec2Client ec2, String tableId) {
        return ec2.describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0);
    }

    private static Route route(Ec2Client ec2, String tableId, String destination) {
        return describe(ec2, tableId).routes().stream()
                .filter(r -> destination.equals(r.destinationCidrBlock())
                        || destination.equals(r.destinationIpv6CidrBlock()))
                .findFirst().orElseThrow();
    }

    private static String mainTable(Ec2Client ec2, String vpcId) {
        return ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId), filter("association.main", "true")))
                .routeTables().get(0).routeTableId();
    }

    @Test
    void aNewTableHasTheLocalRouteOfEachVpcBlockAndNoAssociation() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        RouteTable created = ec2.createRouteTable(r -> r.vpcId(vpcId).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.ROUTE_TABLE).tags(Tag.builder().key("Name").value("private").build())
                .build())).routeTable();
        assertTrue(created.routeTableId().matches("rtb-[0-9a-f]{17}"));
        assertEquals(vpcId, created.vpcId());
        assertEquals(List.of(Route.builder().destinationCidrBlock("10.0.0.0/16").gatewayId("local")
                .origin("CreateRouteTable").state("active").build()), created.routes());
        assertTrue(created.associations().isEmpty());
        assertEquals("private", created.tags().get(0).value());
        assertEquals(2, ec2.describeRouteTables(r -> r.filters(filter("vpc-id", vpcId))).routeTables().size());
        assertEquals(List.of(created.routeTableId()), ec2.describeRouteTables(r -> r.filters(filter("tag:Name",
                "private"))).routeTables().stream().map(RouteTable::routeTableId).toList());

        assertEc2Error("InvalidVpcID.NotFound", "The vpc ID 'vpc-0123456789abcdef0' does not exist",
                () -> ec2.createRouteTable(r -> r.vpcId("vpc-0123456789abcdef0")));
        assertEc2Error("InvalidRouteTableID.NotFound", "The routeTable ID 'rtb-0123456789abcdef0' does not exist",
                () -> ec2.deleteRouteTable(r -> r.routeTableId("rtb-0123456789abcdef0")));
    }

    @Test
    void associationsFollowEc2Rules() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String otherVpc = vpc(ec2, "10.1.0.0/16");
        String subnetId = subnet(ec2, vpcId, "10.0.1.0/24");
        String tableId = table(ec2, vpcId);
        String otherTable = table(ec2, vpcId);
        String foreignTable = table(ec2, otherVpc);

        assertEc2Error("InvalidParameterValue", "route table " + foreignTable + " and subnet " + subnetId
                + " belong to different networks",
                () -> ec2.associateRouteTable(r -> r.routeTableId(foreignTable).subnetId(subnetId)));
        var associated = ec2.associateRouteTable(r -> r.routeTableId(tableId).subnetId(subnetId));
        assertTrue(associated.associationId().matches("rtbassoc-[0-9a-f]{17}"));
        assertEquals("associated", associated.associationState().stateAsString());
        assertEc2Error("Resource.AlreadyAssociated", "the specified association for route table " + otherTable
                + " conflicts with an existing association",
                () -> ec2.associateRouteTable(r -> r.routeTableId(otherTable).subnetId(subnetId)));
        assertEquals(List.of(tableId), ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id",
                subnetId))).routeTables().stream().map(RouteTable::routeTableId).toList());
        RouteTableAssociation association = describe(ec2, tableId).associations().get(0);
        assertEquals(subnetId, association.subnetId());
        assertFalse(association.main());

        assertEc2Error("DependencyViolation", "The routeTable '" + tableId + "' has dependencies and cannot be deleted.",
                () -> ec2.deleteRouteTable(r -> r.routeTableId(tableId)));
        String newId = ec2.replaceRouteTableAssociation(r -> r.associationId(associated.associationId())
                .routeTableId(otherTable)).newAssociationId();
        assertEquals(subnetId, describe(ec2, otherTable).associations().get(0).subnetId());
        assertTrue(describe(ec2, tableId).associations().isEmpty());
        assertEc2Error("InvalidAssociationID.NotFound", "The association ID '" + associated.associationId()
                + "' does not exist", () -> ec2.disassociateRouteTable(r -> r.associationId(
                        associated.associationId())));
        ec2.disassociateRouteTable(r -> r.associationId(newId));
        assertTrue(describe(ec2, otherTable).associations().isEmpty());
        ec2.deleteRouteTable(r -> r.routeTableId(tableId));
    }

    @Test
    void theMainAssociationMovesButCannotBeRemoved() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String mainId = mainTable(ec2, vpcId);
        String mainAssociation = describe(ec2, mainId).associations().get(0).routeTableAssociationId();
        String tableId = table(ec2, vpcId);
        String foreignTable = table(ec2, vpc(ec2, "10.1.0.0/16"));

        assertEc2Error("InvalidParameterValue", "Cannot disassociate the main route table association "
                + mainAssociation, () -> ec2.disassociateRouteTable(r -> r.associationId(mainAssociation)));
        assertEc2Error("DependencyViolation", "The routeTable '" + mainId + "' has dependencies",
                () -> ec2.deleteRouteTable(r -> r.routeTableId(mainId)));
        assertEc2Error("InvalidParameterValue", "belong to different networks",
                () -> ec2.replaceRouteTableAssociation(r -> r.associationId(mainAssociation)
                        .routeTableId(foreignTable)));

        String moved = ec2.replaceRouteTableAssociation(r -> r.associationId(mainAssociation).routeTableId(tableId))
                .newAssociationId();
        assertEquals(tableId, mainTable(ec2, vpcId));
        RouteTableAssociation association = describe(ec2, tableId).associations().get(0);
        assertEquals(moved, association.routeTableAssociationId());
        assertTrue(association.main());
        assertNull(association.subnetId());
        ec2.deleteRouteTable(r -> r.routeTableId(mainId));
    }

    @Test
    void routesToAnInternetGatewayNeedItAttachedToTheVpc() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String tableId = table(ec2, vpcId);
        String detached = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        assertEc2Error("InvalidParameterValue", "route table " + tableId + " and network gateway " + detached
                + " belong to different networks", () -> ec2.createRoute(r -> r.routeTableId(tableId)
                        .destinationCidrBlock("0.0.0.0/0").gatewayId(detached)));
        assertEc2Error("InvalidInternetGatewayID.NotFound", "igw-0123456789abcdef0",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                        .gatewayId("igw-0123456789abcdef0")));
        String gatewayId = attachedGateway(ec2, vpcId);

        assertTrue(ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                .gatewayId(gatewayId)).returnValue());
        Route route = route(ec2, tableId, "0.0.0.0/0");
        assertEquals(gatewayId, route.gatewayId());
        assertEquals("CreateRoute", route.originAsString());
        assertEquals("active", route.stateAsString());
        assertEquals(List.of(tableId), ec2.describeRouteTables(r -> r.filters(filter("route.gateway-id", gatewayId)))
                .routeTables().stream().map(RouteTable::routeTableId).toList());

        assertEc2Error("RouteAlreadyExists", "The route identified by 0.0.0.0/0 already exists.",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                        .gatewayId(gatewayId)));
        assertEc2Error("RouteAlreadyExists", "The route identified by 10.0.0.0/16 already exists.",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.0.0/16")
                        .gatewayId(gatewayId)));
        assertEc2Error("InvalidParameterValue", "Cannot create a more specific route for 10.0.1.0/24 than local "
                + "route 10.0.0.0/16 in route table " + tableId, () -> ec2.createRoute(r -> r.routeTableId(tableId)
                        .destinationCidrBlock("10.0.1.0/24").gatewayId(gatewayId)));

        ec2.detachInternetGateway(r -> r.internetGatewayId(gatewayId).vpcId(vpcId));
        assertEquals("blackhole", route(ec2, tableId, "0.0.0.0/0").stateAsString());
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(filter("route.state", "blackhole"))).routeTables()
                .size());
    }

    @Test
    void requestsWithoutOneDestinationAndOneTargetAreRefused() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String tableId = table(ec2, vpcId);
        String gatewayId = attachedGateway(ec2, vpcId);

        assertEc2Error("InvalidParameterValue", "Value (10.0.0.300/8) for parameter destinationCidrBlock is invalid. "
                + "This is not a valid CIDR block.", () -> ec2.createRoute(r -> r.routeTableId(tableId)
                        .destinationCidrBlock("10.0.0.300/8").gatewayId(gatewayId)));
        assertEc2Error("InvalidParameterValue", "Value (2600:zz::/56) for parameter destinationIpv6CidrBlock is "
                + "invalid. This is not a valid IPv6 CIDR block.", () -> ec2.createRoute(r -> r.routeTableId(tableId)
                        .destinationIpv6CidrBlock("2600:zz::/56").gatewayId(gatewayId)));
        assertEc2Error("MissingParameter", "destinationCidrBlock",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).gatewayId(gatewayId)));
        assertEc2Error("InvalidParameterCombination", "destinationIpv6CidrBlock",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                        .destinationIpv6CidrBlock("::/0").gatewayId(gatewayId)));
        assertEc2Error("MissingParameter", "gatewayId",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")));
        assertEc2Error("InvalidParameterCombination", "gatewayId and instanceId",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                        .gatewayId(gatewayId).instanceId("i-0123456789abcdef0")));
        assertEc2Error("NatGatewayNotFound", "nat-0123456789abcdef0", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").natGatewayId("nat-0123456789abcdef0")));
        assertEc2Error("InvalidNetworkInterfaceID.NotFound", "eni-0123456789abcdef0", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").networkInterfaceId("eni-0123456789abcdef0")));
        assertEc2Error("InvalidVpcPeeringConnectionID.NotFound", "pcx-0123456789abcdef0", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").vpcPeeringConnectionId("pcx-0123456789abcdef0")));
        assertEc2Error("NotImplemented", 501, "TransitGatewayId", () -> ec2.replaceRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").transitGatewayId("tgw-0123456789abcdef0")));
    }

    @Test
    void replaceAndDeleteLeaveTheLocalRouteAlone() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String tableId = table(ec2, vpcId);
        String gatewayId = attachedGateway(ec2, vpcId);

        assertEc2Error("InvalidParameterValue", "There is no route defined for '0.0.0.0/0' in the route table. "
                + "Use CreateRoute instead.", () -> ec2.replaceRoute(r -> r.routeTableId(tableId)
                        .destinationCidrBlock("0.0.0.0/0").gatewayId(gatewayId)));
        assertEc2Error("InvalidParameterValue", "cannot replace local route 10.0.0.0/16 in route table " + tableId,
                () -> ec2.replaceRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.0.0/16")
                        .gatewayId(gatewayId)));
        assertEc2Error("InvalidParameterValue", "cannot remove local route 10.0.0.0/16 in route table " + tableId,
                () -> ec2.deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.0.0/16")));
        assertEc2Error("InvalidRoute.NotFound", "no route with destination-cidr-block 192.168.0.0/16 in route table "
                + tableId, () -> ec2.deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16")));

        ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId(gatewayId));
        ec2.deleteRoute(r -> r.routeTableId(tableId).destinationCidrBlock("192.168.0.0/16"));
        assertEquals(1, describe(ec2, tableId).routes().size());
    }

    @Test
    void anInstanceTargetShowsItsInterfaceAndTurnsBlackholeWhenTerminated() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String subnetId = subnet(ec2, vpcId, "10.0.1.0/24");
        String tableId = table(ec2, vpcId);
        String gatewayId = attachedGateway(ec2, vpcId);
        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();
        Instance instance = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(subnetId)).instances().get(0);
        Instance elsewhere = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1)
                .maxCount(1)).instances().get(0);

        assertEc2Error("InvalidParameterValue", "route table " + tableId + " and interface "
                + elsewhere.networkInterfaces().get(0).networkInterfaceId() + " belong to different networks",
                () -> ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                        .instanceId(elsewhere.instanceId())));
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").instanceId("i-0123456789abcdef0")));

        ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").gatewayId(gatewayId));
        ec2.replaceRoute(r -> r.routeTableId(tableId).destinationCidrBlock("0.0.0.0/0")
                .instanceId(instance.instanceId()));
        Route route = route(ec2, tableId, "0.0.0.0/0");
        assertEquals(instance.instanceId(), route.instanceId());
        assertEquals(describe(ec2, tableId).ownerId(), route.instanceOwnerId());
        assertEquals(instance.networkInterfaces().get(0).networkInterfaceId(), route.networkInterfaceId());
        assertNull(route.gatewayId());
        assertEquals("active", route.stateAsString());
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(filter("route.instance-id", instance.instanceId())))
                .routeTables().size());
        ec2.createRoute(r -> r.routeTableId(tableId).destinationCidrBlock("10.0.1.0/24")
                .instanceId(instance.instanceId()));

        ec2.terminateInstances(r -> r.instanceIds(instance.instanceId()));
        SERVER.server().clock().advance(Duration.ofMinutes(5));
        assertEquals("terminated", ec2.describeInstances(r -> r.instanceIds(instance.instanceId())).reservations()
                .get(0).instances().get(0).state().nameAsString());
        assertEquals("blackhole", route(ec2, tableId, "0.0.0.0/0").stateAsString());
        assertEquals("blackhole", route(ec2, tableId, "10.0.1.0/24").stateAsString());
        assertEc2Error("IncorrectInstanceState", instance.instanceId(), () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("172.16.0.0/12").instanceId(instance.instanceId())));
    }

    @Test
    void ipv6RoutesGoToEgressOnlyGatewaysAndBlackholeWhenTheyAreDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpcId = vpc(ec2, "10.0.0.0/16");
        String ipv6 = ec2.associateVpcCidrBlock(r -> r.vpcId(vpcId).amazonProvidedIpv6CidrBlock(true))
                .ipv6CidrBlockAssociation().ipv6CidrBlock();
        String tableId = table(ec2, vpcId);
        Route local = route(ec2, tableId, ipv6);
        assertEquals("local", local.gatewayId());
        assertEquals(ipv6, route(ec2, mainTable(ec2, vpcId), ipv6).destinationIpv6CidrBlock());
        String eigw = ec2.createEgressOnlyInternetGateway(r -> r.vpcId(vpcId)).egressOnlyInternetGateway()
                .egressOnlyInternetGatewayId();

        assertEc2Error("InvalidParameterCombination", "destinationIpv6CidrBlock", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("0.0.0.0/0").egressOnlyInternetGatewayId(eigw)));
        ec2.createRoute(r -> r.routeTableId(tableId).destinationIpv6CidrBlock("::/0").egressOnlyInternetGatewayId(eigw));
        Route route = route(ec2, tableId, "::/0");
        assertEquals(eigw, route.egressOnlyInternetGatewayId());
        assertEquals("active", route.stateAsString());
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(filter("route.egress-only-internet-gateway-id", eigw)))
                .routeTables().size());
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(filter("route.destination-ipv6-cidr-block", "::/0")))
                .routeTables().size());
        assertEc2Error("RouteAlreadyExists", "The route identified by ::/0 already exists.", () -> ec2.createRoute(
                r -> r.routeTableId(tableId).destinationIpv6CidrBlock("::/0").egressOnlyInternetGatewayId(eigw)));

        ec2.createRoute(r -> r.routeTableId(tableId).destinationIpv6CidrBlock("2001:db8::/32").gatewayId(eigw));
        assertEquals(eigw, route(ec2, tableId, "2001:db8::/32").egressOnlyInternetGatewayId());
        assertEc2Error("NotImplemented", 501, "Virtual private gateways", () -> ec2.createRoute(r -> r
                .routeTableId(tableId).destinationCidrBlock("192.168.0.0/16").gatewayId("vgw-0123456789abcdef0")));

        ec2.deleteEgressOnlyInternetGateway(r -> r.egressOnlyInternetGatewayId(eigw));
        assertEquals("blackhole", route(ec2, tableId, "::/0").stateAsString());
        assertEc2Error("InvalidRoute.NotFound", "no route with destination-ipv6-cidr-block 2600::/64",
                () -> ec2.deleteRoute(r -> r.routeTableId(tableId).destinationIpv6CidrBlock("2600::/64")));
        ec2.deleteRoute(r -> r.routeTableId(tableId).destinationIpv6CidrBlock("::/0"));
        assertEc2Error("InvalidParameterValue", "cannot remove local route " + ipv6, () -> ec2.deleteRoute(r -> r
                .routeTableId(tableId).destinationIpv6CidrBlock(ipv6)));
    }
}
