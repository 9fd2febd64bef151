package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.state.RegionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileSpecification;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceMetadataOptionsRequest;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.ec2.model.Placement;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/** RunInstances and DescribeInstances through the real SDK v2 client, as EC2 answers them. */
class InstancesApiTest {

    private static final Pattern INSTANCE_ID = Pattern.compile("i-[0-9a-f]{17}");
    private static final Pattern RESERVATION_ID = Pattern.compile("r-[0-9a-f]{17}");
    private static final String ARCH_MISMATCH = "The architecture 'arm64' of the specified instance type does not match"
            + " the architecture 'x86_64' of the specified AMI. Specify an instance type and an AMI that have matching"
            + " architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the"
            + " architecture of the instance type or AMI.";

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

    @BeforeEach
    void reset() {
        server.emulator().reset();
    }

    // ---------------------------------------------------------------- helpers

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static String imageId(Ec2Client client, String namePattern) {
        return client.describeImages(r -> r.owners("amazon").filters(filter("name", namePattern))).images().get(0).imageId();
    }

    private static String al2023() {
        return imageId(ec2, "al2023-ami-2023.*-x86_64");
    }

    private static String defaultSubnetId(Ec2Client client, String zone) {
        return defaultSubnet(client, zone).subnetId();
    }

    private static Subnet defaultSubnet(Ec2Client client, String zone) {
        return client.describeSubnets(r -> r.filters(filter("availability-zone", zone), filter("default-for-az", "true")))
                .subnets().get(0);
    }

    private static RunInstancesResponse run(Consumer<RunInstancesRequest.Builder> extra) {
        return run(ec2, al2023(), extra);
    }

    private static RunInstancesResponse run(Ec2Client client, String imageId, Consumer<RunInstancesRequest.Builder> extra) {
        return client.runInstances(r -> {
            r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1);
            extra.accept(r);
        });
    }

    private static String runOne(Consumer<RunInstancesRequest.Builder> extra) {
        return run(extra).instances().get(0).instanceId();
    }

    private static List<Instance> instances(DescribeInstancesResponse response) {
        return response.reservations().stream().flatMap(r -> r.instances().stream()).toList();
    }

    private static List<Instance> all() {
        return instances(ec2.describeInstances());
    }

    private static Instance describe(String instanceId) {
        return instances(ec2.describeInstances(r -> r.instanceIds(instanceId))).get(0);
    }

    private static Set<String> idsMatching(Filter... filters) {
        return instances(ec2.describeInstances(r -> r.filters(filters))).stream().map(Instance::instanceId)
                .collect(Collectors.toSet());
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String part : address.split("\\.")) {
            value = value * 256 + Integer.parseInt(part);
        }
        return value;
    }

    private static int freeAddresses(String subnetId) {
        return ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets().get(0).availableIpAddressCount();
    }

    /** Takes {@code count} addresses of a subnet out of use, to put a launch under address pressure. */
    private static void occupyAddresses(String subnetId, int count) {
        RegionState state = server.emulator().state(TestServer.DEFAULT_ACCOUNT, "us-east-1");
        state.transact(false, () -> {
            for (int i = 0; i < count; i++) {
                state.networking().addresses().allocate(subnetId, null);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- RunInstances: the happy path

    @Test
    void runInstancesLaunchesAPendingInstanceInTheChosenDefaultSubnet() {
        ec2.createKeyPair(r -> r.keyName("deployer"));
        Subnet subnet = defaultSubnet(ec2, "us-east-1c");
        int freeBefore = subnet.availableIpAddressCount();
        String imageId = al2023();
        String vpcId = ec2.describeVpcs(r -> r.filters(filter("is-default", "true"))).vpcs().get(0).vpcId();
        GroupIdentifier defaultGroup = GroupIdentifier.builder().groupName("default")
                .groupId(ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().get(0).groupId()).build();

        RunInstancesResponse response = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro")
                .minCount(1).maxCount(1).keyName("deployer")
                .placement(Placement.builder().availabilityZone("us-east-1c").build())
                .tagSpecifications(
                        TagSpecification.builder().resourceType(ResourceType.INSTANCE).tags(tag("Name", "web")).build(),
                        TagSpecification.builder().resourceType(ResourceType.VOLUME).tags(tag("Name", "web-root")).build()));

        assertTrue(RESERVATION_ID.matcher(response.reservationId()).matches(), response.reservationId());
        assertEquals(TestServer.DEFAULT_ACCOUNT, response.ownerId());
        assertEquals(1, response.instances().size());
        Instance launched = response.instances().get(0);
        assertTrue(INSTANCE_ID.matcher(launched.instanceId()).matches(), launched.instanceId());
        assertEquals(0, launched.state().code());
        assertEquals("pending", launched.state().nameAsString());
        assertEquals(imageId, launched.imageId());
        assertEquals("t3.micro", launched.instanceTypeAsString());
        assertEquals("deployer", launched.keyName());
        assertEquals(0, launched.amiLaunchIndex());
        assertEquals(server.clock().instant(), launched.launchTime());
        assertEquals("us-east-1c", launched.placement().availabilityZone());
        assertEquals(subnet.subnetId(), launched.subnetId());
        assertEquals(vpcId, launched.vpcId());
        assertEquals("x86_64", launched.architectureAsString());
        assertEquals("ebs", launched.rootDeviceTypeAsString());
        assertEquals("/dev/xvda", launched.rootDeviceName());
        assertEquals("hvm", launched.virtualizationTypeAsString());
        assertNull(launched.platform());
        assertEquals(List.of(defaultGroup), launched.securityGroups());
        assertEquals(List.of(tag("Name", "web")), launched.tags());

        // The private address lies in the subnet, outside the four reserved first addresses and the last one.
        String[] cidr = subnet.cidrBlock().split("/");
        long first = ipv4(cidr[0]);
        long last = first + (1L << (32 - Integer.parseInt(cidr[1]))) - 1;
        long privateIp = ipv4(launched.privateIpAddress());
        assertTrue(privateIp >= first + 4 && privateIp < last, launched.privateIpAddress() + " in " + subnet.cidrBlock());
        assertEquals("ip-" + launched.privateIpAddress().replace('.', '-') + ".ec2.internal", launched.privateDnsName());

        // Default subnets map public addresses on launch.
        assertNotNull(launched.publicIpAddress());
        assertTrue(launched.publicIpAddress().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), launched.publicIpAddress());
        assertEquals("ec2-" + launched.publicIpAddress().replace('.', '-') + ".compute-1.amazonaws.com",
                launched.publicDnsName());
        assertEquals(freeBefore - 1, freeAddresses(subnet.subnetId()));

        // AL2023 declares ImdsSupport v2.0: tokens required, two hops.
        assertEquals("required", launched.metadataOptions().httpTokensAsString());
        assertEquals(2, launched.metadataOptions().httpPutResponseHopLimit());
        assertEquals("enabled", launched.metadataOptions().httpEndpointAsString());

        // The root volume: from the AMI's mapping, in use, deleted on termination, tagged by its own specification.
        assertEquals(1, launched.blockDeviceMappings().size());
        var root = launched.blockDeviceMappings().get(0);
        assertEquals("/dev/xvda", root.deviceName());
        assertTrue(root.ebs().deleteOnTermination());
        assertEquals("attached", root.ebs().statusAsString());
        Volume volume = ec2.describeVolumes(r -> r.volumeIds(root.ebs().volumeId())).volumes().get(0);
        assertEquals("in-use", volume.stateAsString());
        assertEquals(8, volume.size());
        assertEquals("gp3", volume.volumeTypeAsString());
        assertEquals("us-east-1c", volume.availabilityZone());
        assertEquals(List.of(tag("Name", "web-root")), volume.tags());
        assertEquals(1, volume.attachments().size());
        assertEquals(launched.instanceId(), volume.attachments().get(0).instanceId());
        assertEquals("/dev/xvda", volume.attachments().get(0).device());
        assertEquals("attached", volume.attachments().get(0).stateAsString());
        assertTrue(volume.attachments().get(0).deleteOnTermination());

        // DescribeInstances tells the same story.
        DescribeInstancesResponse described = ec2.describeInstances(r -> r.instanceIds(launched.instanceId()));
        assertEquals(1, described.reservations().size());
        assertEquals(response.reservationId(), described.reservations().get(0).reservationId());
        assertEquals(TestServer.DEFAULT_ACCOUNT, described.reservations().get(0).ownerId());
        Instance again = described.reservations().get(0).instances().get(0);
        assertEquals(launched.privateIpAddress(), again.privateIpAddress());
        assertEquals(launched.publicIpAddress(), again.publicIpAddress());
        assertEquals(launched.blockDeviceMappings(), again.blockDeviceMappings());
        assertEquals(List.of(tag("Name", "web")), again.tags());
    }

    @Test
    void dnsNamesOutsideUsEast1UseTheRegionalFormat() {
        try (Ec2Client ireland = server.client("test", "eu-west-1")) {
            String image = imageId(ireland, "al2023-ami-2023.*-x86_64");
            Instance instance = run(ireland, image, r -> { }).instances().get(0);
            assertTrue(instance.placement().availabilityZone().startsWith("eu-west-1"));
            assertEquals("ip-" + instance.privateIpAddress().replace('.', '-') + ".eu-west-1.compute.internal",
                    instance.privateDnsName());
            assertEquals("ec2-" + instance.publicIpAddress().replace('.', '-') + ".eu-west-1.compute.amazonaws.com",
                    instance.publicDnsName());
        }
    }

    @Test
    void metadataOptionsDefaultToOptionalTokensForImagesWithoutImdsV2AndCanBeSet() {
        String al2 = imageId(ec2, "amzn2-ami-kernel-5.10-hvm-*-x86_64-gp2");
        Instance plain = run(ec2, al2, r -> { }).instances().get(0);
        assertEquals("optional", plain.metadataOptions().httpTokensAsString());
        assertEquals(1, plain.metadataOptions().httpPutResponseHopLimit());

        Instance chosen = run(r -> r.metadataOptions(InstanceMetadataOptionsRequest.builder().httpTokens("optional")
                .httpPutResponseHopLimit(3).build())).instances().get(0);
        assertEquals("optional", chosen.metadataOptions().httpTokensAsString());
        assertEquals(3, chosen.metadataOptions().httpPutResponseHopLimit());
    }

    @Test
    void keyNameIsShownAndFiltered() {
        ec2.createKeyPair(r -> r.keyName("k1"));
        Instance instance = run(r -> r.keyName("k1")).instances().get(0);
        assertEquals("k1", instance.keyName());
        assertEquals(Set.of(instance.instanceId()), idsMatching(filter("key-name", "k1")));
    }

    // ---------------------------------------------------------------- MinCount / MaxCount

    @Test
    void maxCountLaunchesThatManyInOneReservationWithLaunchIndexes() {
        RunInstancesResponse response = ec2.runInstances(r -> r.imageId(al2023()).instanceType("t3.micro")
                .minCount(1).maxCount(3));
        assertEquals(3, response.instances().size());
        assertEquals(List.of(0, 1, 2), response.instances().stream().map(Instance::amiLaunchIndex).toList());
        assertEquals(3, response.instances().stream().map(Instance::instanceId).distinct().count());
        assertEquals(3, response.instances().stream().map(Instance::privateIpAddress).distinct().count());
        assertEquals(3, response.instances().stream().map(Instance::publicIpAddress).distinct().count());

        DescribeInstancesResponse described = ec2.describeInstances(r -> r.filters(
                filter("reservation-id", response.reservationId())));
        assertEquals(1, described.reservations().size());
        assertEquals(3, described.reservations().get(0).instances().size());
        assertEquals(Set.of(response.instances().get(1).instanceId()),
                idsMatching(filter("launch-index", "1")));
    }

    @Test
    void countsOutOfOrderOrMissingAreRefused() {
        String image = al2023();
        assertEc2Error("InvalidParameterValue", "maxCount",
                () -> ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(3).maxCount(2)));
        assertEc2Error("InvalidParameterValue", "minCount",
                () -> ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(0).maxCount(1)));
        assertEc2Error("MissingParameter", "MinCount",
                () -> ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").maxCount(1)));
        assertEc2Error("MissingParameter", "MaxCount",
                () -> ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1)));
        assertEquals(List.of(), all());
    }

    @Test
    void moreInstancesThanFreeAddressesLaunchesWhatFitsOrNothingBelowMinCount() {
        String subnetId = defaultSubnetId(ec2, "us-east-1d");
        assertEquals(4091, freeAddresses(subnetId));
        assertEc2Error("InsufficientFreeAddressesInSubnet", subnetId,
                () -> run(r -> r.subnetId(subnetId).minCount(5000).maxCount(5000)));
        assertEquals(List.of(), all());
        assertEquals(4091, freeAddresses(subnetId));

        occupyAddresses(subnetId, 4088);
        assertEquals(3, freeAddresses(subnetId));
        assertEc2Error("InsufficientFreeAddressesInSubnet", subnetId,
                () -> run(r -> r.subnetId(subnetId).minCount(4).maxCount(5)));
        assertEquals(List.of(), all());
        assertEquals(3, freeAddresses(subnetId));

        RunInstancesResponse partial = run(r -> r.subnetId(subnetId).minCount(2).maxCount(5));
        assertEquals(3, partial.instances().size());
        assertEquals(0, freeAddresses(subnetId));
        assertEc2Error("InsufficientFreeAddressesInSubnet", subnetId, () -> run(r -> r.subnetId(subnetId)));
    }

    @Test
    void chosenPrivateAddressIsUsedOnceAndOnlyForOneInstance() {
        String subnetId = defaultSubnetId(ec2, "us-east-1a");
        Instance instance = run(r -> r.subnetId(subnetId).privateIpAddress("172.31.0.10")).instances().get(0);
        assertEquals("172.31.0.10", instance.privateIpAddress());
        assertEquals("ip-172-31-0-10.ec2.internal", instance.privateDnsName());
        assertEc2Error("InvalidIPAddress.InUse", "172.31.0.10",
                () -> run(r -> r.subnetId(subnetId).privateIpAddress("172.31.0.10")));
        assertEc2Error("InvalidParameterCombination", "",
                () -> run(r -> r.subnetId(subnetId).privateIpAddress("172.31.0.11").minCount(2).maxCount(2)));
        assertEquals(1, all().size());
    }

    // ---------------------------------------------------------------- RunInstances: refusals

    @Test
    void unknownOrMalformedImageAndUnknownInstanceType() {
        assertEc2Error("InvalidAMIID.NotFound", "The image id '[ami-0123456789abcdef0]' does not exist",
                () -> run(ec2, "ami-0123456789abcdef0", r -> { }));
        assertEc2Error("InvalidAMIID.Malformed", "Invalid id: \"ami-xyz\" (expecting \"ami-...\")",
                () -> run(ec2, "ami-xyz", r -> { }));
        assertEc2Error("InvalidParameterValue", "Invalid value 't3.gigantic' for InstanceType.",
                () -> run(r -> r.instanceType("t3.gigantic")));
        assertEc2Error("InvalidParameterValue", ARCH_MISMATCH, () -> run(r -> r.instanceType("t4g.micro")));
        assertEquals(List.of(), all());
    }

    @Test
    void unknownKeyPairSubnetGroupOrZone() {
        assertEc2Error("InvalidKeyPair.NotFound", "The key pair 'nobody' does not exist", () -> run(r -> r.keyName("nobody")));
        assertEc2Error("InvalidSubnetID.NotFound", "The subnet ID 'subnet-0123456789abcdef0' does not exist",
                () -> run(r -> r.subnetId("subnet-0123456789abcdef0")));
        assertEc2Error("InvalidGroup.NotFound", "The security group 'sg-0123456789abcdef0' does not exist",
                () -> run(r -> r.securityGroupIds("sg-0123456789abcdef0")));
        assertEc2Error("InvalidGroup.NotFound", "The security group 'web' does not exist",
                () -> run(r -> r.securityGroups("web")));
        assertEc2Error("InvalidParameterValue", "Invalid availability zone: [us-east-1z]",
                () -> run(r -> r.placement(Placement.builder().availabilityZone("us-east-1z").build())));
        assertEquals(List.of(), all());
    }

    @Test
    void securityGroupByNameInTheDefaultVpc() {
        String groupId = ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().get(0).groupId();
        Instance instance = run(r -> r.securityGroups("default")).instances().get(0);
        assertEquals(List.of(groupId), instance.securityGroups().stream().map(GroupIdentifier::groupId).toList());
    }

    @Test
    void userDataMustBeBase64AndAtMost16KibRaw() {
        assertEc2Error("InvalidParameterValue", "Invalid BASE64 encoding of user data",
                () -> run(r -> r.userData("%%% not base64 %%%")));
        byte[] exactly = new byte[16384];
        java.util.Arrays.fill(exactly, (byte) 'a');
        String fits = Base64.getEncoder().encodeToString(exactly);
        assertEquals(1, run(r -> r.userData(fits)).instances().size());
        byte[] tooMuch = new byte[16385];
        java.util.Arrays.fill(tooMuch, (byte) 'a');
        String over = Base64.getEncoder().encodeToString(tooMuch);
        assertEc2Error("InvalidParameterValue", "User data is limited to 16384 bytes", () -> run(r -> r.userData(over)));
        assertEquals(1, all().size());
    }

    @Test
    void rawScriptAsUserDataIsNotBase64() {
        assertEc2Error("InvalidParameterValue", "Invalid BASE64 encoding of user data",
                () -> run(r -> r.userData("#!/bin/bash\necho hello")));
        assertEquals(List.of(), all());
    }

    @Test
    void unimplementedParametersAre501NotImplementedNamingThem() {
        var error = assertEc2Error("NotImplemented", 501, "LaunchTemplate", () -> ec2.runInstances(r -> r.minCount(1).maxCount(1)
                .launchTemplate(LaunchTemplateSpecification.builder().launchTemplateName("web").build())));
        assertTrue(error.getMessage().contains("SDK Attempt Count: 1"), "501 is not retried: " + error.getMessage());
        assertEquals(List.of(), all());
    }

    @Test
    void instanceProfileIsShownAndFiltered() {
        String arn = "arn:aws:iam::" + TestServer.DEFAULT_ACCOUNT + ":instance-profile/app";
        Instance instance = run(r -> r.iamInstanceProfile(IamInstanceProfileSpecification.builder().arn(arn).build()))
                .instances().get(0);
        assertEquals(arn, instance.iamInstanceProfile().arn());
        assertEquals(Set.of(instance.instanceId()), idsMatching(filter("iam-instance-profile.arn", arn)));
        assertEquals(Set.of(instance.instanceId()),
                idsMatching(filter("iam-instance-profile.id", instance.iamInstanceProfile().id())));
    }

    // ---------------------------------------------------------------- ClientToken and DryRun

    @Test
    void clientTokenMakesRunInstancesIdempotent() {
        RunInstancesResponse first = run(r -> r.clientToken("launch-1").maxCount(2));
        RunInstancesResponse second = run(r -> r.clientToken("launch-1").maxCount(2));
        assertEquals(first.reservationId(), second.reservationId());
        assertEquals(first.instances().stream().map(Instance::instanceId).toList(),
                second.instances().stream().map(Instance::instanceId).toList());
        assertEquals(2, all().size());
        assertEquals("launch-1", all().get(0).clientToken());
        assertEquals(2, idsMatching(filter("client-token", "launch-1")).size());

        assertEc2Error("IdempotentParameterMismatch", "idempotent",
                () -> run(r -> r.clientToken("launch-1").maxCount(2).instanceType("t3.small")));
        assertEquals(2, all().size());

        // Another token is another launch.
        run(r -> r.clientToken("launch-2").maxCount(2));
        assertEquals(4, all().size());
    }

    @Test
    void dryRunLaunchesNothingAndUsesNoAddress() {
        String subnetId = defaultSubnetId(ec2, "us-east-1a");
        int free = freeAddresses(subnetId);
        assertEc2Error("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set.",
                () -> run(r -> r.subnetId(subnetId).maxCount(3).dryRun(true)));
        assertEquals(List.of(), all());
        assertEquals(free, freeAddresses(subnetId));
        assertEquals(List.of(), ec2.describeVolumes().volumes());
        // Validation comes first: a dry run of a bad request is that request's error.
        assertEc2Error("InvalidAMIID.NotFound", "ami-0123456789abcdef0",
                () -> run(ec2, "ami-0123456789abcdef0", r -> r.dryRun(true)));
    }

    // ---------------------------------------------------------------- DescribeInstances

    @Test
    void everyFilterFindsItsInstances() {
        ec2.createKeyPair(r -> r.keyName("k1"));
        RunInstancesResponse webRun = run(r -> r.keyName("k1")
                .placement(Placement.builder().availabilityZone("us-east-1a").build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(tag("Name", "web"), tag("env", "prod")).build()));
        Instance web = webRun.instances().get(0);
        String al2 = imageId(ec2, "amzn2-ami-kernel-5.10-hvm-*-x86_64-gp2");
        Instance db = run(ec2, al2, r -> r.instanceType("t3.small")
                .placement(Placement.builder().availabilityZone("us-east-1b").build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                        .tags(tag("Name", "db")).build())).instances().get(0);
        String windowsImage = imageId(ec2, "Windows_Server-2022-English-Full-Base-*");
        Instance windows = run(ec2, windowsImage, r -> r.instanceType("t3.medium")
                .placement(Placement.builder().availabilityZone("us-east-1a").build())).instances().get(0);
        Volume windowsRoot = ec2.describeVolumes(r -> r.volumeIds(windows.blockDeviceMappings().get(0).ebs().volumeId()))
                .volumes().get(0);
        assertEquals(30, windowsRoot.size());
        assertEquals("gp2", windowsRoot.volumeTypeAsString());
        assertEquals("windows", windows.platformAsString());
        String armImage = imageId(ec2, "al2023-ami-2023.*-arm64");
        Instance arm = run(ec2, armImage, r -> r.instanceType("t4g.micro")
                .placement(Placement.builder().availabilityZone("us-east-1c").build())).instances().get(0);
        server.clock().advance(Duration.ofSeconds(1));
        ec2.terminateInstances(r -> r.instanceIds(arm.instanceId()));

        String w = web.instanceId();
        String d = db.instanceId();
        String win = windows.instanceId();
        String a = arm.instanceId();
        Set<String> everything = Set.of(w, d, win, a);
        String defaultGroup = web.securityGroups().get(0).groupId();
        String subnetA = defaultSubnetId(ec2, "us-east-1a");

        Map<Filter, Set<String>> expectations = new java.util.LinkedHashMap<>();
        expectations.put(filter("instance-id", w, d), Set.of(w, d));
        expectations.put(filter("instance-state-name", "running"), Set.of(w, d, win));
        expectations.put(filter("instance-state-name", "shutting-down"), Set.of(a));
        expectations.put(filter("instance-state-code", "16"), Set.of(w, d, win));
        expectations.put(filter("instance-type", "t3.small", "t3.medium"), Set.of(d, win));
        expectations.put(filter("instance-type", "t3.*"), Set.of(w, d, win));
        expectations.put(filter("image-id", al2), Set.of(d));
        expectations.put(filter("key-name", "k1"), Set.of(w));
        expectations.put(filter("vpc-id", web.vpcId()), everything);
        expectations.put(filter("subnet-id", subnetA), Set.of(w, win));
        expectations.put(filter("availability-zone", "us-east-1b"), Set.of(d));
        expectations.put(filter("availability-zone-id", web.placement().availabilityZoneId()), Set.of(w, win));
        expectations.put(filter("private-ip-address", db.privateIpAddress()), Set.of(d));
        expectations.put(filter("ip-address", web.publicIpAddress()), Set.of(w));
        expectations.put(filter("private-dns-name", web.privateDnsName()), Set.of(w));
        expectations.put(filter("dns-name", windows.publicDnsName()), Set.of(win));
        expectations.put(filter("reservation-id", webRun.reservationId()), Set.of(w));
        expectations.put(filter("architecture", "arm64"), Set.of(a));
        expectations.put(filter("platform", "windows"), Set.of(win));
        expectations.put(filter("platform-details", "Windows"), Set.of(win));
        expectations.put(filter("usage-operation", "RunInstances:0002"), Set.of(win));
        expectations.put(filter("launch-time", "2026-01-15T10:00:*"), everything);
        expectations.put(filter("launch-time", "2025-*"), Set.of());
        expectations.put(filter("launch-index", "0"), everything);
        expectations.put(filter("owner-id", TestServer.DEFAULT_ACCOUNT), everything);
        expectations.put(filter("hypervisor", "xen"), everything);
        expectations.put(filter("virtualization-type", "hvm"), everything);
        expectations.put(filter("root-device-type", "ebs"), everything);
        expectations.put(filter("root-device-name", "/dev/sda1"), Set.of(win));
        expectations.put(filter("ena-support", "true"), everything);
        expectations.put(filter("ebs-optimized", "false"), everything);
        expectations.put(filter("source-dest-check", "true"), everything);
        expectations.put(filter("tenancy", "default"), everything);
        expectations.put(filter("monitoring-state", "disabled"), everything);
        expectations.put(filter("reason", "User initiated*"), Set.of(a));
        expectations.put(filter("state-reason-code", "Client.UserInitiatedShutdown"), Set.of(a));
        expectations.put(filter("state-reason-message", "Client.UserInitiatedShutdown: User initiated shutdown"), Set.of(a));
        expectations.put(filter("instance.group-id", defaultGroup), everything);
        expectations.put(filter("instance.group-name", "default"), everything);
        expectations.put(filter("metadata-options.http-tokens", "optional"), Set.of(d, win));
        expectations.put(filter("metadata-options.http-put-response-hop-limit", "2"), Set.of(w, a));
        expectations.put(filter("metadata-options.http-endpoint", "enabled"), everything);
        expectations.put(filter("metadata-options.http-protocol-ipv6", "disabled"), everything);
        expectations.put(filter("metadata-options.instance-metadata-tags", "disabled"), everything);
        expectations.put(filter("block-device-mapping.device-name", "/dev/xvda"), Set.of(w, d, a));
        expectations.put(filter("block-device-mapping.volume-id",
                web.blockDeviceMappings().get(0).ebs().volumeId()), Set.of(w));
        expectations.put(filter("block-device-mapping.delete-on-termination", "true"), everything);
        expectations.put(filter("block-device-mapping.status", "attached"), everything);
        expectations.put(filter("block-device-mapping.attach-time", "2026-01-15T*"), everything);
        expectations.put(filter("network-interface.network-interface-id",
                web.networkInterfaces().get(0).networkInterfaceId()), Set.of(w));
        expectations.put(filter("network-interface.subnet-id", subnetA), Set.of(w, win));
        expectations.put(filter("network-interface.vpc-id", web.vpcId()), everything);
        expectations.put(filter("network-interface.private-dns-name", db.privateDnsName()), Set.of(d));
        expectations.put(filter("network-interface.mac-address", web.networkInterfaces().get(0).macAddress()), Set.of(w));
        expectations.put(filter("network-interface.addresses.private-ip-address", web.privateIpAddress()), Set.of(w));
        expectations.put(filter("network-interface.addresses.primary", "true"), everything);
        expectations.put(filter("network-interface.addresses.association.public-ip", db.publicIpAddress()), Set.of(d));
        expectations.put(filter("network-interface.group-id", defaultGroup), everything);
        expectations.put(filter("instance-lifecycle", "spot"), Set.of());
        expectations.put(filter("tag:Name", "web", "db"), Set.of(w, d));
        expectations.put(filter("tag:env", "prod"), Set.of(w));
        expectations.put(filter("tag-key", "Name"), Set.of(w, d));
        expectations.put(filter("tag-value", "prod"), Set.of(w));
        for (Map.Entry<Filter, Set<String>> e : expectations.entrySet()) {
            assertEquals(e.getValue(), idsMatching(e.getKey()), e.getKey().toString());
        }
        // Filters are AND-ed.
        assertEquals(Set.of(win), idsMatching(filter("availability-zone", "us-east-1a"), filter("platform", "windows")));
        assertEquals(Set.of(), idsMatching(filter("key-name", "k1"), filter("platform", "windows")));
    }

    @Test
    void bootModeIsTheAmisAndCurrentInstanceBootModeTheOneUsed() {
        Instance instance = run(r -> { }).instances().get(0);
        assertEquals("uefi-preferred", instance.bootModeAsString());
        assertEquals("uefi", instance.currentInstanceBootModeAsString());
        assertEquals(Set.of(instance.instanceId()), idsMatching(filter("boot-mode", "uefi-preferred")));
        assertEquals(Set.of(instance.instanceId()), idsMatching(filter("current-instance-boot-mode", "uefi")));
    }

    @Test
    void unknownFilterAndFilterWithoutValueAreErrors() {
        assertEc2Error("InvalidParameterValue", "The filter 'colour' is invalid",
                () -> ec2.describeInstances(r -> r.filters(filter("colour", "blue"))));
        assertEc2Error("InvalidParameterValue", "The filter 'instance-type' must have at least one value",
                () -> ec2.describeInstances(r -> r.filters(Filter.builder().name("instance-type").build())));
    }

    @Test
    void paginatorVisitsTwelveInstancesOnceInPagesOfFive() {
        run(r -> r.maxCount(7));
        run(r -> r.maxCount(5));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (DescribeInstancesResponse page : ec2.describeInstancesPaginator(r -> r.maxResults(5))) {
            pages++;
            List<String> ids = instances(page).stream().map(Instance::instanceId).toList();
            assertTrue(ids.size() <= 5, "page of " + ids.size());
            seen.addAll(ids);
        }
        assertEquals(12, seen.size());
        assertEquals(12, Set.copyOf(seen).size());
        assertEquals(3, pages);
        assertEquals(Set.copyOf(seen), all().stream().map(Instance::instanceId).collect(Collectors.toSet()));
    }

    @Test
    void maxResultsOutOfRangeOrWithInstanceIdsIsRefused() {
        String id = runOne(r -> { });
        assertEc2Error("InvalidParameterCombination", "The parameter instancesSet cannot be used with the parameter maxResults",
                () -> ec2.describeInstances(r -> r.instanceIds(id).maxResults(5)));
        assertEc2Error("InvalidParameterValue", "Parameter may only be between 5 and 1000",
                () -> ec2.describeInstances(r -> r.maxResults(4)));
        assertEc2Error("InvalidPaginationToken", "", () -> ec2.describeInstances(r -> r.nextToken("garbage")));
    }

    @Test
    void reservationsGroupTheInstancesOfEachRunInstancesCall() {
        RunInstancesResponse two = run(r -> r.maxCount(2));
        RunInstancesResponse three = run(r -> r.maxCount(3));
        assertNotEquals(two.reservationId(), three.reservationId());
        Map<String, Set<String>> byReservation = ec2.describeInstances().reservations().stream()
                .collect(Collectors.toMap(Reservation::reservationId, r -> r.instances().stream()
                        .map(Instance::instanceId).collect(Collectors.toSet())));
        assertEquals(Map.of(
                two.reservationId(), two.instances().stream().map(Instance::instanceId).collect(Collectors.toSet()),
                three.reservationId(), three.instances().stream().map(Instance::instanceId).collect(Collectors.toSet())),
                byReservation);
    }

    @Test
    void unknownMalformedAndOtherRegionIdsAreErrors() {
        String id = runOne(r -> { });
        assertEc2Error("InvalidInstanceID.NotFound", "The instance ID 'i-0123456789abcdef0' does not exist",
                () -> ec2.describeInstances(r -> r.instanceIds(id, "i-0123456789abcdef0")));
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef1",
                () -> ec2.describeInstances(r -> r.instanceIds("i-0123456789abcdef0", "i-0123456789abcdef1")));
        assertEc2Error("InvalidInstanceID.Malformed", "Invalid id: \"i-nope\"",
                () -> ec2.describeInstances(r -> r.instanceIds("i-nope")));
        try (Ec2Client ireland = server.client("test", "eu-west-1")) {
            assertEquals(List.of(), ireland.describeInstances().reservations());
            assertEc2Error("InvalidInstanceID.NotFound", id, () -> ireland.describeInstances(r -> r.instanceIds(id)));
        }
    }

    @Test
    void anotherAccountSeesNoneOfTheInstances() {
        runOne(r -> { });
        try (Ec2Client other = server.client("111122223333", "us-east-1")) {
            assertEquals(List.of(), other.describeInstances().reservations());
            assertEquals(List.of(), other.describeInstances(r -> r.filters(filter("instance-state-name", "pending")))
                    .reservations());
        }
    }

    @Test
    void anotherAccountsInstanceIdIsLeftOutSilently() {
        String id = runOne(r -> { });
        try (Ec2Client other = server.client("111122223333", "us-east-1")) {
            assertEquals(List.of(), other.describeInstances(r -> r.instanceIds(id)).reservations());
        }
    }
}
