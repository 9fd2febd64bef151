package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.AllocateAddressResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Elastic IPs (AllocateAddress, AssociateAddress, DisassociateAddress, ReleaseAddress, DescribeAddresses) and EC2's
 * public IPv4 rules across stop, start and terminate, through the real SDK client and the test's clock (boot, stop
 * and terminate take one second each).
 */
class ElasticIpsApiTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String accountId() {
        return String.format("4100000%05d", ACCOUNTS.incrementAndGet());
    }

    private static Ec2Client client(String account) {
        return server.client(account, "us-east-1");
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Instance run(Ec2Client ec2) {
        String image = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();
        return ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1)).instances().get(0);
    }

    private static Instance describe(Ec2Client ec2, String instanceId) {
        return ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
    }

    private static Address address(Ec2Client ec2, String allocationId) {
        return ec2.describeAddresses(r -> r.allocationIds(allocationId)).addresses().get(0);
    }

    private static String dnsName(String ip) {
        return "ec2-" + ip.replace('.', '-') + ".compute-1.amazonaws.com";
    }

    @Test
    void allocateDescribeAndReleaseWithTheFivePerRegionLimit() {
        Ec2Client ec2 = client(accountId());
        AllocateAddressResponse first = ec2.allocateAddress(r -> r.domain("vpc").tagSpecifications(TagSpecification
                .builder().resourceType(ResourceType.ELASTIC_IP).tags(Tag.builder().key("Name").value("web").build())
                .build()));
        assertTrue(first.allocationId().matches("eipalloc-[0-9a-f]{17}"), first.allocationId());
        assertEquals("vpc", first.domainAsString());
        assertEquals("us-east-1", first.networkBorderGroup());
        Address described = address(ec2, first.allocationId());
        assertEquals(first.publicIp(), described.publicIp());
        assertNull(described.associationId());
        assertEquals(List.of(Tag.builder().key("Name").value("web").build()), described.tags());
        assertEquals(first.allocationId(), ec2.describeAddresses(r -> r.publicIps(first.publicIp())).addresses().get(0)
                .allocationId());
        for (int i = 0; i < 4; i++) {
            ec2.allocateAddress(r -> r.domain("vpc"));
        }
        assertEquals(5, ec2.describeAddresses().addresses().size());
        assertEc2Error("AddressLimitExceeded", "maximum number of addresses", () -> ec2.allocateAddress(r -> r.domain("vpc")));
        assertEquals(1, ec2.describeAddresses(r -> r.filters(filter("tag:Name", "web"))).addresses().size());

        ec2.releaseAddress(r -> r.allocationId(first.allocationId()));
        assertEc2Error("InvalidAllocationID.NotFound", "The allocation ID '" + first.allocationId() + "' does not exist",
                () -> ec2.describeAddresses(r -> r.allocationIds(first.allocationId())));
        assertEc2Error("InvalidAllocationID.NotFound", first.allocationId(),
                () -> ec2.releaseAddress(r -> r.allocationId(first.allocationId())));
        assertEc2Error("InvalidParameterValue", "You must specify an allocation id",
                () -> ec2.releaseAddress(r -> r.publicIp(first.publicIp())));
        assertEc2Error("InvalidAddress.NotFound", "not found", () -> ec2.describeAddresses(r -> r.publicIps("1.2.3.4")));
        String last = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        var attribute = ec2.describeAddressesAttribute(r -> r.allocationIds(last).attribute("domain-name")).addresses();
        assertEquals(last, attribute.get(0).allocationId());
        assertNull(attribute.get(0).ptrRecord());
        assertEquals(5, ec2.describeAddressesAttribute(r -> r.attribute("domain-name")).addresses().size());
        assertEc2Error("InvalidParameterValue", "The filter 'nope' is invalid",
                () -> ec2.describeAddresses(r -> r.filters(filter("nope", "x"))));
    }

    @Test
    void publicAddressesAcrossStopStartAssociateAndTerminate() {
        String account = accountId();
        Ec2Client ec2 = client(account);
        String id = run(ec2).instanceId();
        server.clock().advance(SECOND);
        Instance running = describe(ec2, id);
        String automatic = running.publicIpAddress();
        assertNotNull(automatic);
        assertEquals(dnsName(automatic), running.publicDnsName());
        InstanceNetworkInterface primary = running.networkInterfaces().get(0);
        assertEquals("amazon", primary.association().ipOwnerId());
        assertEquals(automatic, primary.privateIpAddresses().get(0).association().publicIp());

        // Stop releases the automatic address; start assigns a new one.
        ec2.stopInstances(r -> r.instanceIds(id));
        server.clock().advance(SECOND);
        Instance stopped = describe(ec2, id);
        assertEquals("stopped", stopped.state().nameAsString());
        assertNull(stopped.publicIpAddress());
        assertEquals("", stopped.publicDnsName());
        assertNull(stopped.networkInterfaces().get(0).association());
        ec2.startInstances(r -> r.instanceIds(id));
        Instance started = describe(ec2, id);
        assertNotNull(started.publicIpAddress());
        assertNotEquals(automatic, started.publicIpAddress());
        assertEquals(dnsName(started.publicIpAddress()), started.publicDnsName());
        server.clock().advance(SECOND);

        // An Elastic IP replaces the automatic address and survives stop and start.
        AllocateAddressResponse eip = ec2.allocateAddress(r -> r.domain("vpc"));
        String associationId = ec2.associateAddress(r -> r.allocationId(eip.allocationId()).instanceId(id)).associationId();
        assertTrue(associationId.matches("eipassoc-[0-9a-f]{17}"), associationId);
        Instance withEip = describe(ec2, id);
        assertEquals(eip.publicIp(), withEip.publicIpAddress());
        assertEquals(dnsName(eip.publicIp()), withEip.publicDnsName());
        assertEquals(account, withEip.networkInterfaces().get(0).association().ipOwnerId());
        Address associated = address(ec2, eip.allocationId());
        assertEquals(id, associated.instanceId());
        assertEquals(associationId, associated.associationId());
        assertEquals(withEip.privateIpAddress(), associated.privateIpAddress());
        assertEquals(withEip.networkInterfaces().get(0).networkInterfaceId(), associated.networkInterfaceId());
        assertEquals(account, associated.networkInterfaceOwnerId());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("ip-address", eip.publicIp()))).reservations().size());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.association.ip-owner-id", account)))
                .reservations().size());
        ec2.stopInstances(r -> r.instanceIds(id));
        server.clock().advance(SECOND);
        assertEquals(eip.publicIp(), describe(ec2, id).publicIpAddress());
        ec2.startInstances(r -> r.instanceIds(id));
        server.clock().advance(SECOND);
        assertEquals(eip.publicIp(), describe(ec2, id).publicIpAddress());
        assertEc2Error("InvalidIPAddress.InUse", eip.publicIp(),
                () -> ec2.releaseAddress(r -> r.allocationId(eip.allocationId())));

        // Disassociating gives the running instance a new automatic address.
        ec2.disassociateAddress(r -> r.associationId(associationId));
        Instance after = describe(ec2, id);
        assertNotNull(after.publicIpAddress());
        assertNotEquals(eip.publicIp(), after.publicIpAddress());
        assertEquals("amazon", after.networkInterfaces().get(0).association().ipOwnerId());
        assertNull(address(ec2, eip.allocationId()).associationId());
        assertEc2Error("InvalidAssociationID.NotFound", associationId,
                () -> ec2.disassociateAddress(r -> r.associationId(associationId)));

        // Terminating disassociates the Elastic IP.
        ec2.associateAddress(r -> r.publicIp(eip.publicIp()).instanceId(id));
        assertEquals(id, address(ec2, eip.allocationId()).instanceId());
        ec2.terminateInstances(r -> r.instanceIds(id));
        server.clock().advance(SECOND);
        Instance terminated = describe(ec2, id);
        assertNull(terminated.publicIpAddress());
        assertEquals(List.of(), terminated.networkInterfaces());
        Address released = address(ec2, eip.allocationId());
        assertNull(released.associationId());
        assertNull(released.instanceId());
        ec2.releaseAddress(r -> r.allocationId(eip.allocationId()));
    }

    @Test
    void reassociationAndTheRulesOfAssociateAddress() {
        String account = accountId();
        Ec2Client ec2 = client(account);
        String first = run(ec2).instanceId();
        String second = run(ec2).instanceId();
        server.clock().advance(SECOND);
        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        String association = ec2.associateAddress(r -> r.allocationId(eip).instanceId(first)).associationId();
        assertEc2Error("Resource.AlreadyAssociated", "resource " + eip + " is already associated with associate-id "
                + association, () -> ec2.associateAddress(r -> r.allocationId(eip).instanceId(second)
                .allowReassociation(false)));
        // Reassociation is automatic unless refused: the address moves.
        ec2.associateAddress(r -> r.allocationId(eip).instanceId(second));
        assertEquals(second, address(ec2, eip).instanceId());
        assertNotNull(describe(ec2, first).publicIpAddress(), "the first instance gets an automatic address back");

        assertEc2Error("InvalidParameterCombination", "not both",
                () -> ec2.associateAddress(r -> r.allocationId(eip).instanceId(first).networkInterfaceId(
                        describe(ec2, first).networkInterfaces().get(0).networkInterfaceId())));
        assertEc2Error("MissingParameter", "", () -> ec2.associateAddress(r -> r.allocationId(eip)));
        assertEc2Error("InvalidAllocationID.NotFound", "eipalloc-0123456789abcdef0",
                () -> ec2.associateAddress(r -> r.allocationId("eipalloc-0123456789abcdef0").instanceId(first)));
        assertEc2Error("InvalidParameterValue", "10.9.9.9",
                () -> ec2.associateAddress(r -> r.allocationId(eip).instanceId(first).privateIpAddress("10.9.9.9")));

        // A VPC without an internet gateway cannot have public addresses.
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.5.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.5.1.0/24")).subnet().subnetId();
        String eni = ec2.createNetworkInterface(r -> r.subnetId(subnet)).networkInterface().networkInterfaceId();
        assertEc2Error("Gateway.NotAttached", "Network " + vpc + " is not attached to any internet gateway",
                () -> ec2.associateAddress(r -> r.allocationId(eip).networkInterfaceId(eni)));

        // With a gateway, a standalone interface takes the address, and the gateway cannot be detached.
        String igw = ec2.createInternetGateway().internetGateway().internetGatewayId();
        ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
        String onEni = ec2.associateAddress(r -> r.allocationId(eip).networkInterfaceId(eni)).associationId();
        Address moved = address(ec2, eip);
        assertEquals(eni, moved.networkInterfaceId());
        assertNull(moved.instanceId());
        assertEquals(1, ec2.describeAddresses(r -> r.filters(filter("network-interface-id", eni))).addresses().size());
        assertEquals(1, ec2.describeAddresses(r -> r.filters(filter("association-id", onEni))).addresses().size());
        assertEquals(1, ec2.describeAddresses(r -> r.filters(filter("private-ip-address", moved.privateIpAddress())))
                .addresses().size());
        assertEquals(0, ec2.describeAddresses(r -> r.filters(filter("instance-id", second))).addresses().size());
        assertEquals(1, ec2.describeAddresses(r -> r.filters(filter("domain", "vpc"), filter("public-ip",
                moved.publicIp()))).addresses().size());
        assertEquals(account, ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(eni)).networkInterfaces().get(0)
                .association().ipOwnerId());
        assertEc2Error("DependencyViolation", "mapped public address",
                () -> ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc)));
        ec2.disassociateAddress(r -> r.associationId(onEni));
        ec2.detachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    }

    @Test
    void anInstanceWithSeveralInterfacesNeedsAnInterfaceId() {
        Ec2Client ec2 = client(accountId());
        Instance instance = run(ec2);
        String eni = ec2.createNetworkInterface(r -> r.subnetId(instance.subnetId())).networkInterface()
                .networkInterfaceId();
        ec2.attachNetworkInterface(r -> r.networkInterfaceId(eni).instanceId(instance.instanceId()).deviceIndex(1));
        String eip = ec2.allocateAddress(r -> r.domain("vpc")).allocationId();
        assertEc2Error("InvalidInstanceID", "There are multiple interfaces attached to instance '"
                + instance.instanceId() + "'. Please specify an interface ID for the operation instead.",
                () -> ec2.associateAddress(r -> r.allocationId(eip).instanceId(instance.instanceId())));
        ec2.associateAddress(r -> r.allocationId(eip).networkInterfaceId(eni));
        Instance described = describe(ec2, instance.instanceId());
        assertEquals(2, described.networkInterfaces().size());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.addresses.association.public-ip",
                address(ec2, eip).publicIp()))).reservations().size());
    }
}
