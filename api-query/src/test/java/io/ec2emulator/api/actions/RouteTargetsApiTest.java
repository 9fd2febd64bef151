package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ec2emulator.api.ServerPerClass;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Route;

/** Routes to NAT gateways and network interfaces: their targets, and their state as the targets change. */
class RouteTargetsApiTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4400000");

    /** A VPC with an attached gateway, a public subnet and a route table of its own. */
    private record Layout(String vpcId, String subnetId, String tableId) {
    }

    private static Layout layout(Ec2Client ec2) {
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a"))
                .subnet().subnetId();
        String gateway = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.vpcId(vpc).internetGatewayId(gateway));
        String table = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        return new Layout(vpc, subnet, table);
    }

    private static Route route(Ec2Client ec2, String tableId, String destination) {
        return ec2.describeRouteTables(r -> r.routeTableIds(tableId)).routeTables().get(0).routes().stream()
                .filter(x -> destination.equals(x.destinationCidrBlock())).findFirst().orElseThrow();
    }

    @Test
    void aRouteToANatGatewayIsActiveUntilTheGatewayIsDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        Layout net = layout(ec2);
        String allocation = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        String nat = ec2.createNatGateway(r -> r.subnetId(net.subnetId()).allocationId(allocation)).natGateway()
                .natGatewayId();
        ec2.createRoute(r -> r.routeTableId(net.tableId()).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
        Route route = route(ec2, net.tableId(), "0.0.0.0/0");
        assertEquals(nat, route.natGatewayId());
        assertNull(route.gatewayId());
        assertEquals("active", route.stateAsString());
        assertEquals(1, ec2.describeRouteTables(r -> r.filters(Filter.builder().name("route.nat-gateway-id")
                .values(nat).build())).routeTables().size());

        SERVER.server().clock().advance(SECOND);
        ec2.deleteNatGateway(r -> r.natGatewayId(nat));
        assertEquals("active", route(ec2, net.tableId(), "0.0.0.0/0").stateAsString(), "deleting still routes");
        SERVER.server().clock().advance(SECOND);
        assertEquals("deleted", ec2.describeNatGateways(r -> r.natGatewayIds(nat)).natGateways().get(0)
                .stateAsString());
        assertEquals("blackhole", route(ec2, net.tableId(), "0.0.0.0/0").stateAsString());
        assertEc2Error("NatGatewayNotFound", nat, () -> ec2.createRoute(r -> r.routeTableId(net.tableId())
                .destinationCidrBlock("10.9.0.0/16").natGatewayId(nat)));
    }

    @Test
    void aNatGatewayOfAnotherVpcIsRefused() {
        Ec2Client ec2 = SERVER.newAccount();
        Layout net = layout(ec2);
        String defaultSubnet = ec2.describeSubnets(r -> r.filters(Filter.builder().name("default-for-az")
                .values("true").build())).subnets().get(0).subnetId();
        String nat = ec2.createNatGateway(r -> r.subnetId(defaultSubnet).connectivityType("private")).natGateway()
                .natGatewayId();
        assertEc2Error("InvalidParameterValue", "belong to different networks", () -> ec2.createRoute(r -> r
                .routeTableId(net.tableId()).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat)));
    }

    @Test
    void aRouteToANetworkInterfaceFollowsItsAttachment() {
        Ec2Client ec2 = SERVER.newAccount();
        Layout net = layout(ec2);
        String eni = ec2.createNetworkInterface(r -> r.subnetId(net.subnetId())).networkInterface()
                .networkInterfaceId();
        ec2.createRoute(r -> r.routeTableId(net.tableId()).destinationCidrBlock("192.168.0.0/16")
                .networkInterfaceId(eni));
        Route detached = route(ec2, net.tableId(), "192.168.0.0/16");
        assertEquals(eni, detached.networkInterfaceId());
        assertNull(detached.instanceId());
        assertEquals("blackhole", detached.stateAsString());

        String ami = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String instance = ec2.runInstances(r -> r.imageId(ami).instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(net.subnetId())).instances().get(0).instanceId();
        String attachment = ec2.attachNetworkInterface(r -> r.networkInterfaceId(eni).instanceId(instance)
                .deviceIndex(1)).attachmentId();
        assertEquals("active", route(ec2, net.tableId(), "192.168.0.0/16").stateAsString());

        ec2.detachNetworkInterface(r -> r.attachmentId(attachment));
        assertEquals("blackhole", route(ec2, net.tableId(), "192.168.0.0/16").stateAsString());
        ec2.deleteNetworkInterface(r -> r.networkInterfaceId(eni));
        assertEquals("blackhole", route(ec2, net.tableId(), "192.168.0.0/16").stateAsString());
    }
}
