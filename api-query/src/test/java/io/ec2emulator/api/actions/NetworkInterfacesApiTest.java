package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.ServerPerClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.AttributeValue;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttachmentChanges;
import software.amazon.awssdk.services.ec2.model.NetworkInterfaceAttribute;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Network interfaces: create, describe (filters, pagination), delete, attach within the instance type's limits,
 * detach, attributes, secondary private addresses, what termination does to them, and RunInstances'
 * NetworkInterface specifications; through the real SDK client.
 */
class NetworkInterfacesApiTest {

    private static final Duration SECOND = Duration.ofSeconds(1);
    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass("4200000");

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Subnet defaultSubnet(Ec2Client ec2) {
        return ec2.describeSubnets(r -> r.filters(filter("default-for-az", "true"),
                filter("availability-zone", "us-east-1a"))).subnets().get(0);
    }

    private static Instance run(Ec2Client ec2, String type, Consumer<RunInstancesRequest.Builder> extra) {
        String image = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();
        return ec2.runInstances(r -> {
            r.imageId(image).instanceType(type).minCount(1).maxCount(1);
            extra.accept(r);
        }).instances().get(0);
    }

    private static Instance describe(Ec2Client ec2, String instanceId) {
        return ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0).instances().get(0);
    }

    private static NetworkInterface eni(Ec2Client ec2, String id) {
        return ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(id)).networkInterfaces().get(0);
    }

    private static String create(Ec2Client ec2, String subnetId) {
        return ec2.createNetworkInterface(r -> r.subnetId(subnetId)).networkInterface().networkInterfaceId();
    }

    @Test
    void createDescribeAndDelete() {
        Ec2Client ec2 = SERVER.newAccount();
        Subnet subnet = defaultSubnet(ec2);
        String defaultGroup = ec2.describeSecurityGroups(r -> r.filters(filter("group-name", "default"),
                filter("vpc-id", subnet.vpcId()))).securityGroups().get(0).groupId();
        NetworkInterface created = ec2.createNetworkInterface(r -> r.subnetId(subnet.subnetId()).description("db")
                .secondaryPrivateIpAddressCount(2).tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.NETWORK_INTERFACE).tags(Tag.builder().key("role").value("db").build())
                        .build())).networkInterface();
        assertTrue(created.networkInterfaceId().matches("eni-[0-9a-f]{17}"), created.networkInterfaceId());
        assertEquals("available", created.statusAsString());
        assertEquals("interface", created.interfaceTypeAsString());
        assertEquals("db", created.description());
        assertEquals(subnet.vpcId(), created.vpcId());
        assertEquals("us-east-1a", created.availabilityZone());
        assertTrue(created.macAddress().matches("02(:[0-9a-f]{2}){5}"), created.macAddress());
        assertEquals(List.of(defaultGroup), created.groups().stream().map(GroupIdentifier::groupId).toList());
        assertEquals(3, created.privateIpAddresses().size());
        assertTrue(created.privateIpAddresses().get(0).primary());
        assertEquals(created.privateIpAddress(), created.privateIpAddresses().get(0).privateIpAddress());
        assertTrue(created.privateIpAddress().startsWith("172.31."), created.privateIpAddress());
        assertTrue(created.sourceDestCheck());
        assertFalse(created.requesterManaged());
        assertNull(created.attachment());
        assertEquals(subnet.availableIpAddressCount() - 3, defaultSubnet(ec2).availableIpAddressCount());

        NetworkInterface described = eni(ec2, created.networkInterfaceId());
        assertEquals(List.of(Tag.builder().key("role").value("db").build()), described.tagSet());
        for (Filter f : List.of(filter("subnet-id", subnet.subnetId()), filter("status", "available"),
                filter("group-id", defaultGroup), filter("group-name", "default"), filter("description", "d*"),
                filter("private-ip-address", created.privateIpAddress()),
                filter("addresses.private-ip-address", created.privateIpAddresses().get(2).privateIpAddress()),
                filter("addresses.primary", "false"), filter("tag:role", "db"), filter("mac-address", created.macAddress()),
                filter("interface-type", "interface"), filter("requester-managed", "false"), filter("vpc-id", subnet.vpcId()),
                filter("availability-zone", "us-east-1a"), filter("source-dest-check", "true"))) {
            assertEquals(List.of(created.networkInterfaceId()), ec2.describeNetworkInterfaces(r -> r.filters(f))
                    .networkInterfaces().stream().map(NetworkInterface::networkInterfaceId).toList(), f.name());
        }
        assertEquals(0, ec2.describeNetworkInterfaces(r -> r.filters(filter("status", "in-use"),
                filter("tag:role", "db"))).networkInterfaces().size());
        assertEc2Error("InvalidParameterValue", "The filter 'bogus' is invalid",
                () -> ec2.describeNetworkInterfaces(r -> r.filters(filter("bogus", "x"))));

        ec2.deleteNetworkInterface(r -> r.networkInterfaceId(created.networkInterfaceId()));
        assertEquals(subnet.availableIpAddressCount(), defaultSubnet(ec2).availableIpAddressCount());
        assertEc2Error("InvalidNetworkInterfaceID.NotFound", "The networkInterface ID '" + created.networkInterfaceId()
                + "' does not exist", () -> ec2.deleteNetworkInterface(r -> r.networkInterfaceId(created.networkInterfaceId())));
        assertEc2Error("InvalidNetworkInterfaceID.Malformed", "eni-nope",
                () -> ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds("eni-nope")));
        assertEc2Error("InvalidSubnetID.NotFound", "subnet-0123456789abcdef0",
                () -> ec2.createNetworkInterface(r -> r.subnetId("subnet-0123456789abcdef0")));
        String address = created.privateIpAddress();
        String taken = create(ec2, subnet.subnetId());
        String takenIp = eni(ec2, taken).privateIpAddress();
        assertEc2Error("InvalidIPAddress.InUse", takenIp,
                () -> ec2.createNetworkInterface(r -> r.subnetId(subnet.subnetId()).privateIpAddress(takenIp)));
        assertEquals(address, ec2.createNetworkInterface(r -> r.subnetId(subnet.subnetId()).privateIpAddress(address))
                .networkInterface().privateIpAddress());
    }

    @Test
    void aSubnetOrGroupInUseByAnInterfaceCannotBeDeleted() {
        Ec2Client ec2 = SERVER.newAccount();
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.1.1.0/24").availabilityZone("us-east-1a"))
                .subnet().subnetId();
        String group = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("db").description("db")).groupId();
        String eni = ec2.createNetworkInterface(r -> r.subnetId(subnet).groups(group)).networkInterface()
                .networkInterfaceId();

        assertEc2Error("DependencyViolation", "The subnet '" + subnet + "' has dependencies",
                () -> ec2.deleteSubnet(r -> r.subnetId(subnet)));
        assertEc2Error("DependencyViolation", "resource " + group + " has a dependent object",
                () -> ec2.deleteSecurityGroup(r -> r.groupId(group)));
        assertEc2Error("DependencyViolation", vpc, () -> ec2.deleteVpc(r -> r.vpcId(vpc)));

        ec2.deleteNetworkInterface(r -> r.networkInterfaceId(eni));
        ec2.deleteSecurityGroup(r -> r.groupId(group));
        ec2.deleteSubnet(r -> r.subnetId(subnet));
        ec2.deleteVpc(r -> r.vpcId(vpc));
    }

    @Test
    void describePaginates() {
        Ec2Client ec2 = SERVER.newAccount();
        String subnet = defaultSubnet(ec2).subnetId();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            created.add(create(ec2, subnet));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String next = token;
            DescribeNetworkInterfacesResponse page = ec2.describeNetworkInterfaces(r -> r.maxResults(5).nextToken(next));
            page.networkInterfaces().forEach(n -> seen.add(n.networkInterfaceId()));
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertEquals(2, pages);
        assertEquals(created, new HashSet<>(seen));
        assertEquals(7, seen.size());
        assertEc2Error("InvalidParameterValue", "between 5 and 1000",
                () -> ec2.describeNetworkInterfaces(r -> r.maxResults(4)));
    }

    @Test
    void attachWithinTheInstanceTypesLimitsAndDetach() {
        Ec2Client ec2 = SERVER.newAccount();
        Instance instance = run(ec2, "t2.micro", r -> { });
        String id = instance.instanceId();
        String primary = instance.networkInterfaces().get(0).networkInterfaceId();
        NetworkInterface primaryEni = eni(ec2, primary);
        assertEquals("in-use", primaryEni.statusAsString());
        assertEquals(0, primaryEni.attachment().deviceIndex());
        assertTrue(primaryEni.attachment().deleteOnTermination());
        assertEquals(id, primaryEni.attachment().instanceId());
        assertEquals(instance.privateIpAddress(), primaryEni.privateIpAddress());
        assertEquals(instance.networkInterfaces().get(0).attachment().attachmentId(), primaryEni.attachment().attachmentId());

        String subnet = instance.subnetId();
        String second = create(ec2, subnet);
        String attachmentId = ec2.attachNetworkInterface(r -> r.networkInterfaceId(second).instanceId(id).deviceIndex(1))
                .attachmentId();
        assertTrue(attachmentId.matches("eni-attach-[0-9a-f]{17}"), attachmentId);
        NetworkInterface attached = eni(ec2, second);
        assertEquals("in-use", attached.statusAsString());
        assertEquals("attached", attached.attachment().statusAsString());
        assertEquals(1, attached.attachment().deviceIndex());
        assertFalse(attached.attachment().deleteOnTermination());
        Instance described = describe(ec2, id);
        assertEquals(List.of(0, 1), described.networkInterfaces().stream().map(n -> n.attachment().deviceIndex()).toList());
        assertEquals(1, ec2.describeNetworkInterfaces(r -> r.filters(filter("attachment.instance-id", id),
                filter("attachment.device-index", "1"))).networkInterfaces().size());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.network-interface-id", second)))
                .reservations().size());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.attachment.attachment-id",
                attachmentId))).reservations().size());

        assertEc2Error("InvalidNetworkInterface.InUse", second,
                () -> ec2.deleteNetworkInterface(r -> r.networkInterfaceId(second)));
        assertEc2Error("InvalidNetworkInterface.InUse", second,
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(second).instanceId(id).deviceIndex(2)));
        String third = create(ec2, subnet);
        assertEc2Error("InvalidParameterValue", "Instance '" + id + "' already has an interface attached at device index '1'.",
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(third).instanceId(id).deviceIndex(1)));
        assertEc2Error("AttachmentLimitExceeded", "Interface count 3 exceeds the limit for t2.micro",
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(third).instanceId(id).deviceIndex(2)));
        assertEc2Error("OperationNotPermitted", "device index 0",
                () -> ec2.detachNetworkInterface(r -> r.attachmentId(primaryEni.attachment().attachmentId())));
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0",
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(third).instanceId("i-0123456789abcdef0")
                        .deviceIndex(2)));

        ec2.detachNetworkInterface(r -> r.attachmentId(attachmentId));
        NetworkInterface detached = eni(ec2, second);
        assertEquals("available", detached.statusAsString());
        assertNull(detached.attachment());
        assertEquals(1, describe(ec2, id).networkInterfaces().size());
        assertEc2Error("InvalidAttachmentID.NotFound", attachmentId,
                () -> ec2.detachNetworkInterface(r -> r.attachmentId(attachmentId)));
        ec2.attachNetworkInterface(r -> r.networkInterfaceId(third).instanceId(id).deviceIndex(1));

        // An interface in another zone cannot be attached.
        String otherZone = ec2.describeSubnets(r -> r.filters(filter("default-for-az", "true"),
                filter("availability-zone", "us-east-1b"))).subnets().get(0).subnetId();
        String far = create(ec2, otherZone);
        ec2.detachNetworkInterface(r -> r.attachmentId(eni(ec2, third).attachment().attachmentId()));
        assertEc2Error("InvalidParameterValue", "different availability zones",
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(far).instanceId(id).deviceIndex(1)));
    }

    @Test
    void attributesAndTheirInstanceLevelView() {
        Ec2Client ec2 = SERVER.newAccount();
        Instance instance = run(ec2, "t3.micro", r -> { });
        String id = instance.instanceId();
        String primary = instance.networkInterfaces().get(0).networkInterfaceId();
        String vpc = instance.vpcId();
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            groups.add(ec2.createSecurityGroup(r -> r.groupName("g" + n).description("g").vpcId(vpc)).groupId());
        }

        ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary).groups(groups.get(0), groups.get(1)));
        assertEquals(List.of(groups.get(0), groups.get(1)), describe(ec2, id).securityGroups().stream()
                .map(GroupIdentifier::groupId).toList());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("instance.group-id", groups.get(1))))
                .reservations().size());
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.group-id", groups.get(0)),
                filter("network-interface.group-name", "g1"))).reservations().size());
        String publicIp = describe(ec2, id).publicIpAddress();
        assertEquals(1, ec2.describeInstances(r -> r.filters(filter("network-interface.addresses.association.ip-owner-id",
                "amazon"), filter("network-interface.association.public-ip", publicIp))).reservations().size());
        assertEquals(List.of(primary), ec2.describeNetworkInterfaces(r -> r.filters(filter("association.public-ip",
                publicIp), filter("association.ip-owner-id", "amazon"), filter("attachment.status", "attached")))
                .networkInterfaces().stream().map(NetworkInterface::networkInterfaceId).toList());
        assertEquals(0, ec2.describeInstances(r -> r.filters(filter("network-interface.group-id", groups.get(5))))
                .reservations().size());
        ec2.modifyInstanceAttribute(r -> r.instanceId(id).groups(groups.get(2)));
        assertEquals(List.of(groups.get(2)), eni(ec2, primary).groups().stream().map(GroupIdentifier::groupId).toList());
        assertEquals(List.of(groups.get(2)), ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.GROUP_SET)).groups().stream().map(GroupIdentifier::groupId).toList());
        assertEc2Error("SecurityGroupsPerInterfaceLimitExceeded", "maximum number of security groups",
                () -> ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary).groups(groups)));

        ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .sourceDestCheck(AttributeBooleanValue.builder().value(false).build()));
        assertFalse(describe(ec2, id).sourceDestCheck());
        assertFalse(ec2.describeInstanceAttribute(r -> r.instanceId(id).attribute("sourceDestCheck"))
                .sourceDestCheck().value());
        ec2.modifyInstanceAttribute(r -> r.instanceId(id).sourceDestCheck(AttributeBooleanValue.builder().value(true).build()));
        assertTrue(ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.SOURCE_DEST_CHECK)).sourceDestCheck().value());

        ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .description(AttributeValue.builder().value("front").build()));
        assertEquals("front", ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.DESCRIPTION)).description().value());
        String attachmentId = eni(ec2, primary).attachment().attachmentId();
        ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary).attachment(NetworkInterfaceAttachmentChanges
                .builder().attachmentId(attachmentId).deleteOnTermination(false).build()));
        assertFalse(ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.ATTACHMENT)).attachment().deleteOnTermination());
        assertEquals(Boolean.TRUE, ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.ASSOCIATE_PUBLIC_IP_ADDRESS)).associatePublicIpAddress());
        assertEc2Error("InvalidParameterCombination", "multiple attribute types",
                () -> ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                        .description(AttributeValue.builder().value("x").build())
                        .sourceDestCheck(AttributeBooleanValue.builder().value(true).build())));
        assertEc2Error("MissingParameter", "Attribute",
                () -> ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)));
        assertEc2Error("InvalidAttachmentID.NotFound", "eni-attach-0123456789abcdef0",
                () -> ec2.modifyNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary).attachment(
                        NetworkInterfaceAttachmentChanges.builder().attachmentId("eni-attach-0123456789abcdef0")
                                .deleteOnTermination(true).build())));

        // Instance-level network attributes are ambiguous with two interfaces.
        String second = create(ec2, instance.subnetId());
        ec2.attachNetworkInterface(r -> r.networkInterfaceId(second).instanceId(id).deviceIndex(1));
        assertEc2Error("InvalidInstanceID", "There are multiple interfaces attached to instance",
                () -> ec2.modifyInstanceAttribute(r -> r.instanceId(id).groups(groups.get(3))));

        // The primary interface survives termination when DeleteOnTermination is false, like the second one.
        ec2.terminateInstances(r -> r.instanceIds(id));
        SERVER.server().clock().advance(SECOND);
        assertEquals("available", eni(ec2, primary).statusAsString());
        assertEquals("available", eni(ec2, second).statusAsString());
        assertNull(eni(ec2, primary).association(), "the automatic public address is released");
        assertFalse(ec2.describeNetworkInterfaceAttribute(r -> r.networkInterfaceId(primary)
                .attribute(NetworkInterfaceAttribute.ASSOCIATE_PUBLIC_IP_ADDRESS)).associatePublicIpAddress());
        assertEquals(0, ec2.describeInstances(r -> r.filters(filter("network-interface.network-interface-id", primary)))
                .reservations().size(), "a terminated instance has no interfaces");
    }

    @Test
    void secondaryPrivateAddressesWithinThePerTypeLimit() {
        Ec2Client ec2 = SERVER.newAccount();
        Instance instance = run(ec2, "t2.micro", r -> { });
        String primary = instance.networkInterfaces().get(0).networkInterfaceId();
        List<String> assigned = ec2.assignPrivateIpAddresses(r -> r.networkInterfaceId(primary)
                .secondaryPrivateIpAddressCount(1)).assignedPrivateIpAddresses().stream()
                .map(a -> a.privateIpAddress()).toList();
        assertEquals(1, assigned.size());
        assertEquals(2, eni(ec2, primary).privateIpAddresses().size());
        assertEquals(2, describe(ec2, instance.instanceId()).networkInterfaces().get(0).privateIpAddresses().size());
        assertEc2Error("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.",
                () -> ec2.assignPrivateIpAddresses(r -> r.networkInterfaceId(primary).secondaryPrivateIpAddressCount(1)));
        assertEc2Error("InvalidParameterValue", "primary",
                () -> ec2.unassignPrivateIpAddresses(r -> r.networkInterfaceId(primary)
                        .privateIpAddresses(instance.privateIpAddress())));
        assertEc2Error("InvalidParameterValue", "not assigned",
                () -> ec2.unassignPrivateIpAddresses(r -> r.networkInterfaceId(primary).privateIpAddresses("172.31.250.250")));
        ec2.unassignPrivateIpAddresses(r -> r.networkInterfaceId(primary).privateIpAddresses(assigned));
        assertEquals(1, eni(ec2, primary).privateIpAddresses().size());

        // By value, on a standalone interface (no per-type limit until it is attached).
        String standalone = create(ec2, instance.subnetId());
        List<String> three = ec2.assignPrivateIpAddresses(r -> r.networkInterfaceId(standalone)
                .secondaryPrivateIpAddressCount(3)).assignedPrivateIpAddresses().stream().map(a -> a.privateIpAddress())
                .toList();
        assertEquals(3, three.size());
        assertEc2Error("PrivateIpAddressLimitExceeded", "Number of private addresses will exceed limit.",
                () -> ec2.attachNetworkInterface(r -> r.networkInterfaceId(standalone)
                        .instanceId(instance.instanceId()).deviceIndex(1)));
    }

    @Test
    void runInstancesWithNetworkInterfaceSpecifications() {
        Ec2Client ec2 = SERVER.newAccount();
        Subnet subnet = defaultSubnet(ec2);
        Instance two = run(ec2, "t3.micro", r -> r.networkInterfaces(
                InstanceNetworkInterfaceSpecification.builder().deviceIndex(0).subnetId(subnet.subnetId())
                        .description("front").secondaryPrivateIpAddressCount(1).build(),
                InstanceNetworkInterfaceSpecification.builder().deviceIndex(1).subnetId(subnet.subnetId())
                        .description("back").build()));
        assertEquals(2, two.networkInterfaces().size());
        assertEquals("front", two.networkInterfaces().get(0).description());
        assertEquals(2, two.networkInterfaces().get(0).privateIpAddresses().size());
        assertEquals("back", two.networkInterfaces().get(1).description());
        assertTrue(two.networkInterfaces().get(1).attachment().deleteOnTermination());
        assertNull(two.publicIpAddress(), "no automatic public address with several interfaces");

        assertEc2Error("InvalidParameterCombination", "multiple network interfaces",
                () -> run(ec2, "t3.micro", r -> r.networkInterfaces(
                        InstanceNetworkInterfaceSpecification.builder().deviceIndex(0).subnetId(subnet.subnetId())
                                .associatePublicIpAddress(true).build(),
                        InstanceNetworkInterfaceSpecification.builder().deviceIndex(1).subnetId(subnet.subnetId()).build())));
        assertEc2Error("AttachmentLimitExceeded", "Interface count 3 exceeds the limit for t2.micro",
                () -> run(ec2, "t2.micro", r -> r.networkInterfaces(
                        InstanceNetworkInterfaceSpecification.builder().deviceIndex(0).subnetId(subnet.subnetId()).build(),
                        InstanceNetworkInterfaceSpecification.builder().deviceIndex(1).subnetId(subnet.subnetId()).build(),
                        InstanceNetworkInterfaceSpecification.builder().deviceIndex(2).subnetId(subnet.subnetId()).build())));

        // An existing interface as the primary one; it survives termination by default.
        String existing = create(ec2, subnet.subnetId());
        Instance onExisting = run(ec2, "t3.micro", r -> r.networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                .deviceIndex(0).networkInterfaceId(existing).build()));
        assertEquals(existing, onExisting.networkInterfaces().get(0).networkInterfaceId());
        assertEquals(eni(ec2, existing).privateIpAddress(), onExisting.privateIpAddress());
        assertFalse(onExisting.networkInterfaces().get(0).attachment().deleteOnTermination());
        assertEc2Error("InvalidNetworkInterface.InUse", existing,
                () -> run(ec2, "t3.micro", r -> r.networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                        .deviceIndex(0).networkInterfaceId(existing).build())));

        // Terminating deletes the interfaces created with DeleteOnTermination and frees their addresses.
        String primaryOfTwo = two.networkInterfaces().get(0).networkInterfaceId();
        ec2.terminateInstances(r -> r.instanceIds(two.instanceId(), onExisting.instanceId()));
        SERVER.server().clock().advance(SECOND);
        assertEc2Error("InvalidNetworkInterfaceID.NotFound", primaryOfTwo,
                () -> ec2.describeNetworkInterfaces(r -> r.networkInterfaceIds(primaryOfTwo)));
        assertEquals("available", eni(ec2, existing).statusAsString());
        assertNotNull(eni(ec2, existing).privateIpAddress());
    }
}
