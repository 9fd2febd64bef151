package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * CreateNatGateway, DeleteNatGateway and DescribeNatGateways with the test's clock: pending and deleting take one
 * second each (the boot and terminate delays).
 */
class NatGatewaysApiTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4300000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Subnet defaultSubnet(Ec2Client ec2) {
        return ec2.describeSubnets(r -> r.filters(filter("default-for-az", "true"),
                filter("availability-zone", "us-east-1a"))).subnets().get(0);
    }

    private static NatGateway nat(Ec2Client ec2, String id) {
        return ec2.describeNatGateways(r -> r.natGatewayIds(id)).natGateways().get(0);
    }

    @Test
    void publicGatewayFromPendingToDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        Subnet subnet = defaultSubnet(ec2);
        AllocateAddressResponse eip = ec2.allocateAddress(r -> r.domain("vpc"));
        NatGateway created = ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).allocationId(eip.allocationId())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.NATGATEWAY)
                        .tags(Tag.builder().key("Name").value("egress").build()).build())).natGateway();
        assertTrue(created.natGatewayId().matches("nat-[0-9a-f]{17}"), created.natGatewayId());
        assertEquals("pending", created.stateAsString());
        assertEquals("public", created.connectivityTypeAsString());
        assertEquals(subnet.vpcId(), created.vpcId());
        var address = created.natGatewayAddresses().get(0);
        assertEquals(eip.allocationId(), address.allocationId());
        assertEquals(eip.publicIp(), address.publicIp());
        assertNotNull(address.privateIp());

        NetworkInterface eni = ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(address.networkInterfaceId()))
                .networkInterfaces().get(0);
        assertEquals("nat_gateway", eni.interfaceTypeAsString());
        assertTrue(eni.requesterManaged());
        assertEquals("in-use", eni.statusAsString());
        assertEquals("Interface for NAT Gateway " + created.natGatewayId(), eni.description());
        assertEquals(eip.publicIp(), eni.association().publicIp());
        Address held = ec2.describeAddresses(r -> r.allocationIds(eip.allocationId())).addresses().get(0);
        assertEquals(eni.networkInterfaceId(), held.networkInterfaceId());
        assertEquals(address.privateIp(), held.privateIpAddress());
        assertNull(held.instanceId());
        assertEc2Error("InvalidNetworkInterface.InUse", eni.networkInterfaceId(),
                () -> ec2.deleteNetworkInterface(r -> r.networkInterfaceId(eni.networkInterfaceId())));
        assertEc2Error("InvalidIPAddress.InUse", eip.publicIp(),
                () -> ec2.releaseAddress(r -> r.allocationId(eip.allocationId())));
        assertEc2Error("OperationNotPermitted", "managed by a service",
                () -> ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(eni.networkInterfaceId())
                        .description(d -> d.value("mine"))));

        SERVER.server().clock().advance(SECOND);
        assertEquals("available", nat(ec2, created.natGatewayId()).stateAsString());
        assertEquals(1, ec2.describeNatGateways(r -> r.filter(filter("state", "available"),
                filter("subnet-id", subnet.subnetId()), filter("tag:Name", "egress"))).natGateways().size());
        String igw = ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", subnet.vpcId())))
                .internetGateways().get(0).internetGatewayId();
        assertEc2Error("DependencyViolation", "mapped public address",
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(subnet.vpcId())));

        assertEquals(created.natGatewayId(), ec2.deleteNatGateway(r -> r.natGatewayId(created.natGatewayId()))
                .natGatewayId());
        NatGateway deleting = nat(ec2, created.natGatewayId());
        assertEquals("deleting", deleting.stateAsString());
        assertNotNull(deleting.deleteTime());
        SERVER.server().clock().advance(SECOND);
        NatGateway deleted = nat(ec2, created.natGatewayId());
        assertEquals("deleted", deleted.stateAsString());
        assertEquals(eip.publicIp(), deleted.natGatewayAddresses().get(0).publicIp());
        assertEc2Error("InvalidNetworkInterfaceID.NotFound", eni.networkInterfaceId(),
                () -> ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(eni.networkInterfaceId())));
        assertNull(ec2.describeAddresses(r -> r.allocationIds(eip.allocationId())).addresses().get(0).associationId());
        ec2.releaseAddress(r -> r.allocationId(eip.allocationId()));
        assertEquals(0, ec2.describeNatGateways(r -> r.filter(filter("state", "available"))).natGateways().size());

        SERVER.server().clock().advance(Duration.ofHours(1));
        assertEc2Error("NatGatewayNotFound", "The Nat Gateway " + created.natGatewayId() + " was not found",
                () -> ec2.describeNatGateways(r -> r.natGatewayIds(created.natGatewayId())));
    }

    @Test
    void publicGatewayFailsInAVpcWithoutAnInternetGateway() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.7.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.7.0.0/24")).subnet().subnetId();
        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        String id = ec2.createNatGateway(r -> r.subnetId(subnet).allocationId(eip)).natGateway().natGatewayId();
        assertEquals("pending", nat(ec2, id).stateAsString());
        SERVER.server().clock().advance(SECOND);
        NatGateway failed = nat(ec2, id);
        assertEquals("failed", failed.stateAsString());
        assertEquals("Gateway.NotAttached", failed.failureCode());
        assertEquals("Network " + vpc + " has no Internet gateway attached", failed.failureMessage());
        assertNull(ec2.describeAddresses(r -> r.allocationIds(eip)).addresses().get(0).associationId());
        assertEquals(0, ec2.describeNetworkInterfaces(r -> r.filters(filter("subnet-id", subnet))).networkInterfaces()
                .size());
    }

    @Test
    void privateGatewayAndErrors() {
        Ec2Client ec2 = SERVER.newAccount();
        Subnet subnet = defaultSubnet(ec2);
        NatGateway created = ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).connectivityType("private"))
                .natGateway();
        assertEquals("private", created.connectivityTypeAsString());
        assertNull(created.natGatewayAddresses().get(0).publicIp());
        SERVER.server().clock().advance(SECOND);
        assertEquals("available", nat(ec2, created.natGatewayId()).stateAsString());

        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        assertEc2Error("InvalidParameterCombination", "private connectivity",
                () -> ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).connectivityType("private").allocationId(eip)));
        assertEc2Error("MissingParameter", "AllocationId", () -> ec2.createNatGateway(r -> r.subnetId(subnet.subnetId())));
        assertEc2Error("InvalidAllocationID.NotFound", "eipalloc-0123456789abcdef0",
                () -> ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).allocationId("eipalloc-0123456789abcdef0")));
        ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).allocationId(eip));
        assertEc2Error("Resource.AlreadyAssociated", "Elastic IP address " + eip + " is already associated",
                () -> ec2.createNatGateway(r -> r.subnetId(subnet.subnetId()).allocationId(eip)));
        assertEc2Error("NatGatewayNotFound", "nat-0123456789abcdef0",
                () -> ec2.deleteNatGateway(r -> r.natGatewayId("nat-0123456789abcdef0")));
        assertEc2Error("InvalidSubnetID.NotFound", "subnet-0123456789abcdef0",
                () -> ec2.createNatGateway(r -> r.subnetId("subnet-0123456789abcdef0").connectivityType("private")));
        assertEc2Error("InvalidParameterValue", "The filter 'zone' is invalid",
                () -> ec2.describeNatGateways(r -> r.filter(filter("zone", "x"))));
    }
}
