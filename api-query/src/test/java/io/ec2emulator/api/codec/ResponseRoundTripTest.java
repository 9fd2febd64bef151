package io.ec2emulator.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.*;

/**
 * Responses encoded by {@link ResponseEncoder} and parsed back by the real AWS SDK v2 unmarshaller
 * (only the HTTP transport is faked): the parsed object must equal the encoded one, field by field.
 */
class ResponseRoundTripTest {

    private static final String REQUEST_ID = "4f8b2c1e-0d3a-4c5b-9e6f-7a8b9c0d1e2f";
    private static final Instant LAUNCH = Instant.parse("2026-01-15T10:00:00.123Z");

    private static final FakeTransport TRANSPORT = new FakeTransport();
    private static Ec2Client client;

    @BeforeAll
    static void startClient() {
        client = Ec2Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .httpClient(TRANSPORT)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @BeforeEach
    void resetTransport() {
        TRANSPORT.status = 200;
        TRANSPORT.body = new byte[0];
    }

    @Test
    void describeInstancesWithEverything() {
        DescribeInstancesResponse original = DescribeInstancesResponse.builder()
                .reservations(
                        Reservation.builder()
                                .reservationId("r-0123456789abcdef0")
                                .ownerId("123456789012")
                                .requesterId("940372691376")
                                .groups(GroupIdentifier.builder().groupId("sg-1").groupName("default").build())
                                .instances(richInstance("i-0000000000000001", InstanceStateName.RUNNING, 16),
                                        richInstance("i-0000000000000002", InstanceStateName.STOPPED, 80))
                                .build(),
                        Reservation.builder()
                                .reservationId("r-2")
                                .ownerId("123456789012")
                                .groups(List.of())
                                .instances(Instance.builder().instanceId("i-3").instanceType("made.up")
                                        .state(InstanceState.builder().code(0).name(InstanceStateName.PENDING).build())
                                        .launchTime(Instant.parse("2026-01-15T10:00:00Z"))
                                        .tags(List.of())
                                        .build())
                                .build())
                .nextToken("next+/==")
                .build();
        DescribeInstancesResponse parsed = roundTrip("DescribeInstances", original, Ec2Client::describeInstances);

        Instance first = parsed.reservations().get(0).instances().get(0);
        assertEquals(InstanceType.T3_MICRO, first.instanceType());
        assertEquals(InstanceStateName.RUNNING, first.state().name());
        assertEquals(LAUNCH, first.launchTime());
        assertEquals("a & b < c > d \"quoted\" 'single'", tagValue(first, "Name"));
        assertEquals("Grüße, 日本語, 🚀🐳", tagValue(first, "unicode ✓"));
        assertEquals("", tagValue(first, "empty"));
        assertEquals("  padded  ", tagValue(first, "spaces"));
        assertEquals("line one\nline two\ttabbed", tagValue(first, "multi"));
        assertEquals("<![CDATA[x]]> &amp; &#65;", tagValue(first, "markup"));
        Instance bare = parsed.reservations().get(1).instances().get(0);
        assertEquals("made.up", bare.instanceTypeAsString());
        assertEquals(InstanceType.UNKNOWN_TO_SDK_VERSION, bare.instanceType());
        assertTrue(bare.hasTags());
        assertFalse(bare.hasSecurityGroups());
    }

    @Test
    void runInstances() {
        roundTrip("RunInstances", RunInstancesResponse.builder()
                .reservationId("r-1")
                .ownerId("123456789012")
                .groups(GroupIdentifier.builder().groupId("sg-1").groupName("web").build())
                .instances(richInstance("i-1", InstanceStateName.PENDING, 0))
                .build(), c -> c.runInstances(b -> b.imageId("ami-1")));
    }

    @Test
    void describeInstanceTypesWithNumbers() {
        DescribeInstanceTypesResponse original = DescribeInstanceTypesResponse.builder()
                .instanceTypes(
                        instanceType(InstanceType.M7_G_LARGE, 2.6, 8192L, ArchitectureType.ARM64),
                        instanceType(InstanceType.C7_I_LARGE, 3.5, 4096L, ArchitectureType.X86_64,
                                ArchitectureType.I386),
                        instanceType(InstanceType.T3_MICRO, 2.9, 1024L, ArchitectureType.X86_64),
                        instanceType(InstanceType.P5_48_XLARGE, 1.0E10, Long.MAX_VALUE, ArchitectureType.X86_64),
                        instanceType(InstanceType.T4_G_NANO, 1.0E-7, 0L, ArchitectureType.ARM64),
                        instanceType(InstanceType.X2_IEDN_32_XLARGE, Double.MAX_VALUE, 1L << 40,
                                ArchitectureType.X86_64),
                        instanceType(InstanceType.M5_LARGE, Double.MIN_VALUE, 8192L, ArchitectureType.X86_64),
                        instanceType(InstanceType.M6_I_LARGE, 0.1 + 0.2, 8192L, ArchitectureType.X86_64))
                .nextToken("nt")
                .build();
        String xml = encodeToString("DescribeInstanceTypes", original);
        assertFalse(xml.contains("E10") || xml.contains("E-7") || xml.contains("E308"),
                "doubles are written without exponent: " + xml);
        DescribeInstanceTypesResponse parsed = roundTrip("DescribeInstanceTypes", original,
                c -> c.describeInstanceTypes(b -> b.maxResults(5)));
        assertEquals(3.5, parsed.instanceTypes().get(1).processorInfo().sustainedClockSpeedInGhz());
        assertEquals(2.9, parsed.instanceTypes().get(2).processorInfo().sustainedClockSpeedInGhz());
        assertEquals(1.0E10, parsed.instanceTypes().get(3).processorInfo().sustainedClockSpeedInGhz());
        assertEquals(Long.MAX_VALUE, parsed.instanceTypes().get(3).memoryInfo().sizeInMiB());
        assertEquals(List.of(ArchitectureType.X86_64, ArchitectureType.I386),
                parsed.instanceTypes().get(1).processorInfo().supportedArchitectures());
    }

    @Test
    void nonFiniteAndNegativeZeroDoubles() {
        DescribeInstanceTypesResponse original = DescribeInstanceTypesResponse.builder()
                .instanceTypes(
                        instanceType(InstanceType.M5_LARGE, Double.NaN, 1L, ArchitectureType.X86_64),
                        instanceType(InstanceType.M5_XLARGE, Double.POSITIVE_INFINITY, 1L, ArchitectureType.X86_64),
                        instanceType(InstanceType.M5_2_XLARGE, Double.NEGATIVE_INFINITY, 1L, ArchitectureType.X86_64),
                        instanceType(InstanceType.M5_4_XLARGE, -0.0, 1L, ArchitectureType.X86_64))
                .build();
        DescribeInstanceTypesResponse parsed = roundTrip("DescribeInstanceTypes", original,
                c -> c.describeInstanceTypes(b -> b.maxResults(5)));
        assertTrue(parsed.instanceTypes().get(0).processorInfo().sustainedClockSpeedInGhz().isNaN());
        assertEquals(Double.valueOf(-0.0), parsed.instanceTypes().get(3).processorInfo().sustainedClockSpeedInGhz());

        DescribeReservedInstancesResponse floats = DescribeReservedInstancesResponse.builder()
                .reservedInstances(reserved("ri-nan", Float.NaN, Float.NEGATIVE_INFINITY),
                        reserved("ri-zero", -0.0f, Float.POSITIVE_INFINITY))
                .build();
        roundTrip("DescribeReservedInstances", floats, Ec2Client::describeReservedInstances);
    }

    @Test
    void describeReservedInstancesWithFloats() {
        DescribeReservedInstancesResponse original = DescribeReservedInstancesResponse.builder()
                .reservedInstances(
                        reserved("ri-1", 0.1f, 1.0E10f),
                        reserved("ri-2", 3.4028235E38f, 1.4E-45f),
                        reserved("ri-3", 0.0f, 1234.5677f))
                .build();
        String xml = encodeToString("DescribeReservedInstances", original);
        assertFalse(xml.contains("E10") || xml.contains("E38") || xml.contains("E-45"),
                "floats are written without exponent: " + xml);
        DescribeReservedInstancesResponse parsed = roundTrip("DescribeReservedInstances", original,
                Ec2Client::describeReservedInstances);
        assertEquals(0.1f, parsed.reservedInstances().get(0).usagePrice());
        assertEquals(1.0E10f, parsed.reservedInstances().get(0).fixedPrice());
    }

    @Test
    void describeVolumes() {
        roundTrip("DescribeVolumes", DescribeVolumesResponse.builder()
                .volumes(
                        Volume.builder()
                                .volumeId("vol-1")
                                .size(100)
                                .snapshotId("")
                                .availabilityZone("us-east-1a")
                                .state(VolumeState.IN_USE)
                                .createTime(Instant.parse("2025-12-31T23:59:59.999Z"))
                                .attachments(VolumeAttachment.builder().volumeId("vol-1").instanceId("i-1")
                                                .device("/dev/xvda").state(VolumeAttachmentState.ATTACHED)
                                                .attachTime(LAUNCH).deleteOnTermination(true).build(),
                                        VolumeAttachment.builder().volumeId("vol-1").instanceId("i-2")
                                                .device("/dev/sdf").state(VolumeAttachmentState.ATTACHING)
                                                .deleteOnTermination(false).build())
                                .encrypted(true)
                                .kmsKeyId("arn:aws:kms:us-east-1:123456789012:key/k")
                                .volumeType(VolumeType.IO2)
                                .iops(64000)
                                .throughput(1000)
                                .multiAttachEnabled(true)
                                .tags(tag("Name", "data"))
                                .build(),
                        Volume.builder().volumeId("vol-2").size(1).state(VolumeState.AVAILABLE)
                                .volumeType(VolumeType.GP3).encrypted(false).attachments(List.of()).build())
                .build(), Ec2Client::describeVolumes);
    }

    @Test
    void describeImages() {
        roundTrip("DescribeImages", DescribeImagesResponse.builder()
                .images(Image.builder()
                        .imageId("ami-1")
                        .imageLocation("amazon/al2023-ami-2023.6.20250101.0-kernel-6.1-x86_64")
                        .state(ImageState.AVAILABLE)
                        .ownerId("137112412989")
                        .imageOwnerAlias("amazon")
                        .publicLaunchPermissions(true)
                        .architecture(ArchitectureValues.X86_64)
                        .imageType(ImageTypeValues.MACHINE)
                        .creationDate("2025-01-01T00:00:00.000Z")
                        .deprecationTime("2027-01-01T00:00:00.000Z")
                        .name("al2023-ami")
                        .description("Amazon Linux 2023 AMI <x86_64> & friends")
                        .rootDeviceName("/dev/xvda")
                        .rootDeviceType(DeviceType.EBS)
                        .virtualizationType(VirtualizationType.HVM)
                        .hypervisor(HypervisorType.XEN)
                        .enaSupport(true)
                        .sriovNetSupport("simple")
                        .bootMode(BootModeValues.UEFI_PREFERRED)
                        .imdsSupport(ImdsSupportValues.V2_0)
                        .platformDetails("Linux/UNIX")
                        .usageOperation("RunInstances")
                        .productCodes(ProductCode.builder().productCodeId("pc-1")
                                .productCodeType(ProductCodeValues.MARKETPLACE).build())
                        .blockDeviceMappings(
                                BlockDeviceMapping.builder().deviceName("/dev/xvda")
                                        .ebs(EbsBlockDevice.builder().snapshotId("snap-1").volumeSize(8)
                                                .volumeType(VolumeType.GP3).deleteOnTermination(true).iops(3000)
                                                .throughput(125).encrypted(false).build())
                                        .build(),
                                BlockDeviceMapping.builder().deviceName("/dev/sdb").virtualName("ephemeral0")
                                        .build())
                        .tags(tag("os", "linux"))
                        .build())
                .build(), Ec2Client::describeImages);
    }

    @Test
    void createKeyPairKeepsNewlines() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n"
                + "MIIEowIBAAKCAQEAvZ3+/abc==\n"
                + "Zm9vYmFyYmF6cXV4\n"
                + "-----END RSA PRIVATE KEY-----";
        CreateKeyPairResponse parsed = roundTrip("CreateKeyPair", CreateKeyPairResponse.builder()
                .keyName("my key")
                .keyPairId("key-0123")
                .keyFingerprint("1f:51:ae:28:bf:89:e9:d8:1f:25:5d:37:2d:7d:b8:ca:9f:f5:f1:6f")
                .keyMaterial(pem)
                .tags(tag("purpose", "ssh"))
                .build(), c -> c.createKeyPair(b -> b.keyName("k")));
        assertEquals(pem, parsed.keyMaterial());
        assertEquals(4, parsed.keyMaterial().split("\n").length);
    }

    @Test
    void carriageReturnsSurvive() {
        String text = "windows\r\nline\rend\r\n";
        CreateKeyPairResponse parsed = roundTrip("CreateKeyPair", CreateKeyPairResponse.builder()
                .keyName("crlf").keyMaterial(text).build(), c -> c.createKeyPair(b -> b.keyName("k")));
        assertEquals(text, parsed.keyMaterial());
    }

    @Test
    void describeKeyPairs() {
        roundTrip("DescribeKeyPairs", DescribeKeyPairsResponse.builder()
                .keyPairs(KeyPairInfo.builder().keyName("a").keyPairId("key-1").keyType(KeyType.ED25519)
                        .keyFingerprint("fp").publicKey("ssh-ed25519 AAAA a@b\n").createTime(LAUNCH)
                        .tags(tag("k", "v")).build())
                .build(), Ec2Client::describeKeyPairs);
    }

    @Test
    void describeSecurityGroupsWithNestedPermissions() {
        IpPermission ssh = IpPermission.builder()
                .ipProtocol("tcp").fromPort(22).toPort(22)
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").description("ssh & <everyone>").build(),
                        IpRange.builder().cidrIp("10.0.0.0/8").build())
                .ipv6Ranges(Ipv6Range.builder().cidrIpv6("::/0").build())
                .userIdGroupPairs(UserIdGroupPair.builder().groupId("sg-2").userId("123456789012")
                        .description("peer").build())
                .prefixListIds(PrefixListId.builder().prefixListId("pl-1").description("s3").build())
                .build();
        IpPermission all = IpPermission.builder().ipProtocol("-1")
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build())
                .ipv6Ranges(List.of()).userIdGroupPairs(List.of()).prefixListIds(List.of())
                .build();
        roundTrip("DescribeSecurityGroups", DescribeSecurityGroupsResponse.builder()
                .securityGroups(SecurityGroup.builder()
                        .groupId("sg-1")
                        .groupName("web")
                        .description("web tier")
                        .ownerId("123456789012")
                        .vpcId("vpc-1")
                        .securityGroupArn("arn:aws:ec2:us-east-1:123456789012:security-group/sg-1")
                        .ipPermissions(ssh, all)
                        .ipPermissionsEgress(all)
                        .tags(tag("tier", "web"))
                        .build())
                .build(), Ec2Client::describeSecurityGroups);
    }

    @Test
    void describeRegions() {
        roundTrip("DescribeRegions", DescribeRegionsResponse.builder()
                .regions(region("us-east-1", "opt-in-not-required"), region("eu-west-1", "opt-in-not-required"),
                        region("af-south-1", "not-opted-in"))
                .build(), Ec2Client::describeRegions);
    }

    @Test
    void describeSpotPriceHistory() {
        roundTrip("DescribeSpotPriceHistory", DescribeSpotPriceHistoryResponse.builder()
                .spotPriceHistory(
                        SpotPrice.builder().availabilityZone("us-east-1a").instanceType(InstanceType.T3_MICRO)
                                .productDescription(RIProductDescription.LINUX_UNIX).spotPrice("0.003100")
                                .timestamp(Instant.parse("2026-01-15T09:59:59.001Z")).build(),
                        SpotPrice.builder().availabilityZone("us-east-1b").instanceType(InstanceType.C5_LARGE)
                                .productDescription(RIProductDescription.WINDOWS_AMAZON_VPC).spotPrice("0.0850")
                                .timestamp(Instant.parse("2026-01-15T00:00:00Z")).build())
                .nextToken("")
                .build(), Ec2Client::describeSpotPriceHistory);
    }

    @Test
    void describeLaunchTemplateVersionsWithGroupIdListMembers() {
        roundTrip("DescribeLaunchTemplateVersions", DescribeLaunchTemplateVersionsResponse.builder()
                .launchTemplateVersions(LaunchTemplateVersion.builder()
                        .launchTemplateId("lt-1")
                        .launchTemplateName("web")
                        .versionNumber(3L)
                        .defaultVersion(false)
                        .createTime(LAUNCH)
                        .createdBy("arn:aws:iam::123456789012:root")
                        .launchTemplateData(ResponseLaunchTemplateData.builder()
                                .imageId("ami-1")
                                .instanceType(InstanceType.T3_SMALL)
                                .securityGroupIds("sg-1", "sg-2")
                                .networkInterfaces(LaunchTemplateInstanceNetworkInterfaceSpecification.builder()
                                        .deviceIndex(0).groups("sg-3", "sg-4").associatePublicIpAddress(true)
                                        .build())
                                .blockDeviceMappings(LaunchTemplateBlockDeviceMapping.builder()
                                        .deviceName("/dev/xvda")
                                        .ebs(LaunchTemplateEbsBlockDevice.builder().volumeSize(20)
                                                .volumeType(VolumeType.GP3).build())
                                        .build())
                                .tagSpecifications(LaunchTemplateTagSpecification.builder()
                                        .resourceType(ResourceType.INSTANCE).tags(tag("from", "lt")).build())
                                .instanceRequirements(InstanceRequirements.builder()
                                        .vCpuCount(VCpuCountRange.builder().min(2).max(4).build())
                                        .memoryGiBPerVCpu(MemoryGiBPerVCpu.builder().min(0.5).max(4.75).build())
                                        .build())
                                .build())
                        .build())
                .build(), c -> c.describeLaunchTemplateVersions(b -> b.launchTemplateId("lt-1")));
    }

    @Test
    void describeSpotInstanceRequestsWithSecurityGroupIdListMembers() {
        roundTrip("DescribeSpotInstanceRequests", DescribeSpotInstanceRequestsResponse.builder()
                .spotInstanceRequests(SpotInstanceRequest.builder()
                        .spotInstanceRequestId("sir-1")
                        .spotPrice("0.05")
                        .state(SpotInstanceState.ACTIVE)
                        .status(SpotInstanceStatus.builder().code("fulfilled").message("ok")
                                .updateTime(LAUNCH).build())
                        .createTime(LAUNCH)
                        .launchSpecification(LaunchSpecification.builder()
                                .imageId("ami-1")
                                .networkInterfaces(InstanceNetworkInterfaceSpecification.builder()
                                        .deviceIndex(0).groups("sg-5", "sg-6").build())
                                .securityGroups(GroupIdentifier.builder().groupId("sg-7").build())
                                .build())
                        .build())
                .build(), Ec2Client::describeSpotInstanceRequests);
    }

    @Test
    void describeInstanceAttribute() {
        roundTrip("DescribeInstanceAttribute", DescribeInstanceAttributeResponse.builder()
                .instanceId("i-1")
                .disableApiTermination(AttributeBooleanValue.builder().value(false).build())
                .sourceDestCheck(AttributeBooleanValue.builder().value(true).build())
                .instanceType(AttributeValue.builder().value("t3.micro").build())
                .userData(AttributeValue.builder().value("IyEvYmluL3No").build())
                .groups(GroupIdentifier.builder().groupId("sg-1").build())
                .build(), c -> c.describeInstanceAttribute(b -> b.instanceId("i-1")));
    }

    @Test
    void responsesWithoutFields() {
        roundTrip("CreateTags", CreateTagsResponse.builder().build(), c -> c.createTags(b -> b.resources("i-1")));
        DeleteKeyPairResponse parsed = roundTrip("DeleteKeyPair", DeleteKeyPairResponse.builder()
                .returnValue(true).keyPairId("key-1").build(), c -> c.deleteKeyPair(b -> b.keyName("k")));
        assertEquals(Boolean.TRUE, parsed.returnValue());
    }

    @Test
    void explicitlyEmptyListIsPresentButEmpty() {
        DescribeInstancesResponse parsed = roundTrip("DescribeInstances",
                DescribeInstancesResponse.builder().reservations(List.of()).build(), Ec2Client::describeInstances);
        assertTrue(parsed.hasReservations());
        assertTrue(parsed.reservations().isEmpty());
    }

    @Test
    void neverSetListStaysAbsent() {
        DescribeInstancesResponse original = DescribeInstancesResponse.builder().nextToken("n").build();
        assertFalse(encodeToString("DescribeInstances", original).contains("reservationSet"));
        DescribeInstancesResponse parsed = roundTrip("DescribeInstances", original, Ec2Client::describeInstances);
        assertFalse(parsed.hasReservations());
        assertEquals("n", parsed.nextToken());
    }

    @Test
    void controlCharactersAreStripped() {
        CreateKeyPairResponse original = CreateKeyPairResponse.builder()
                .keyName("a\u0000b\u0001c\u001Fd\u0008e\u000Bf\uFFFEg\uFFFF")
                .keyMaterial("tab\tnewline\nkept")
                .keyPairId("\u0000")
                .build();
        byte[] xml = ResponseEncoder.encode("CreateKeyPair", REQUEST_ID, original);
        String text = new String(xml, StandardCharsets.UTF_8);
        for (char c : new char[] {'\u0000', '\u0001', '\u001F', '\u0008', '\u000B', '\uFFFE', '\uFFFF'}) {
            assertFalse(text.indexOf(c) >= 0, "character " + (int) c + " is in " + text);
        }
        assertFalse(text.contains("&#"), "no character references for illegal characters: " + text);
        parseXml(xml);
        TRANSPORT.body = xml;
        CreateKeyPairResponse parsed = client.createKeyPair(CreateKeyPairRequest.builder().keyName("x").build());
        assertEquals("abcdefg", parsed.keyName());
        assertEquals("tab\tnewline\nkept", parsed.keyMaterial());
        assertEquals(REQUEST_ID, parsed.responseMetadata().requestId());
    }

    @Test
    void loneSurrogatesAreStrippedButPairsKept() {
        CreateKeyPairResponse original = CreateKeyPairResponse.builder()
                .keyName("x\uD800y\uDC00z🚀").build();
        byte[] xml = ResponseEncoder.encode("CreateKeyPair", REQUEST_ID, original);
        parseXml(xml);
        TRANSPORT.body = xml;
        assertEquals("xyz🚀", client.createKeyPair(CreateKeyPairRequest.builder().keyName("x").build()).keyName());
    }

    @Test
    void errorDocumentBecomesEc2Exception() {
        byte[] xml = ResponseEncoder.encodeError("InvalidInstanceID.NotFound",
                "The instance ID 'i-nope' does not exist & <never> did", REQUEST_ID);
        parseXml(xml);
        TRANSPORT.status = 400;
        TRANSPORT.body = xml;
        Ec2Exception error = assertThrows(Ec2Exception.class,
                () -> client.describeInstances(DescribeInstancesRequest.builder().instanceIds("i-nope").build()));
        assertEquals(400, error.statusCode());
        assertEquals("InvalidInstanceID.NotFound", error.awsErrorDetails().errorCode());
        assertEquals("The instance ID 'i-nope' does not exist & <never> did", error.awsErrorDetails().errorMessage());
        assertEquals(REQUEST_ID, error.requestId());
    }

    @Test
    void errorDocumentWithControlCharactersAndNullMessage() {
        byte[] xml = ResponseEncoder.encodeError("UnknownParameter", "bad \u0000 param\u0007", REQUEST_ID);
        parseXml(xml);
        TRANSPORT.status = 400;
        TRANSPORT.body = xml;
        Ec2Exception error = assertThrows(Ec2Exception.class,
                () -> client.describeRegions(DescribeRegionsRequest.builder().build()));
        assertEquals("UnknownParameter", error.awsErrorDetails().errorCode());
        assertEquals("bad  param", error.awsErrorDetails().errorMessage());

        byte[] noMessage = ResponseEncoder.encodeError("InternalError", null, "rid-2");
        parseXml(noMessage);
        TRANSPORT.body = noMessage;
        Ec2Exception internal = assertThrows(Ec2Exception.class,
                () -> client.describeRegions(DescribeRegionsRequest.builder().build()));
        assertEquals("InternalError", internal.awsErrorDetails().errorCode());
        assertEquals("rid-2", internal.requestId());
    }

    @Test
    void documentShape() {
        String xml = encodeToString("DescribeRegions", DescribeRegionsResponse.builder()
                .regions(region("us-east-1", "opt-in-not-required")).build());
        Document document = parseXml(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("DescribeRegionsResponse", document.getDocumentElement().getLocalName());
        assertEquals(ResponseEncoder.NAMESPACE, document.getDocumentElement().getNamespaceURI());
        assertEquals(REQUEST_ID, document.getElementsByTagNameNS(ResponseEncoder.NAMESPACE, "requestId")
                .item(0).getTextContent());
        assertTrue(xml.contains("<regionInfo><item>"), xml);
        assertTrue(xml.contains("<regionName>us-east-1</regionName>"), xml);
    }

    // ---------------------------------------------------------------- fixtures

    private static Instance richInstance(String id, InstanceStateName state, int code) {
        return Instance.builder()
                .instanceId(id)
                .imageId("ami-0123456789abcdef0")
                .instanceType(InstanceType.T3_MICRO)
                .amiLaunchIndex(0)
                .keyName("my key")
                .launchTime(LAUNCH)
                .state(InstanceState.builder().code(code).name(state).build())
                .stateTransitionReason("User initiated (2026-01-15 10:00:00 GMT)")
                .stateReason(StateReason.builder().code("Client.UserInitiatedShutdown")
                        .message("Client.UserInitiatedShutdown: User initiated shutdown").build())
                .placement(Placement.builder().availabilityZone("us-east-1b").groupName("")
                        .tenancy(Tenancy.DEFAULT).partitionNumber(3).build())
                .monitoring(Monitoring.builder().state(MonitoringState.DISABLED).build())
                .privateDnsName("ip-10-0-0-10.ec2.internal")
                .privateIpAddress("10.0.0.10")
                .publicDnsName("ec2-54-1-2-3.compute-1.amazonaws.com")
                .publicIpAddress("54.1.2.3")
                .subnetId("subnet-1")
                .vpcId("vpc-1")
                .architecture(ArchitectureValues.X86_64)
                .rootDeviceName("/dev/xvda")
                .rootDeviceType(DeviceType.EBS)
                .virtualizationType(VirtualizationType.HVM)
                .hypervisor(HypervisorType.XEN)
                .ebsOptimized(false)
                .enaSupport(true)
                .sourceDestCheck(true)
                .clientToken("token-" + id)
                .platformDetails("Linux/UNIX")
                .usageOperation("RunInstances")
                .usageOperationUpdateTime(LAUNCH)
                .bootMode(BootModeValues.UEFI_PREFERRED)
                .currentInstanceBootMode(InstanceBootModeValues.LEGACY_BIOS)
                .iamInstanceProfile(IamInstanceProfile.builder()
                        .arn("arn:aws:iam::123456789012:instance-profile/web").id("AIPA1").build())
                .cpuOptions(CpuOptions.builder().coreCount(1).threadsPerCore(2).build())
                .metadataOptions(InstanceMetadataOptionsResponse.builder()
                        .state(InstanceMetadataOptionsState.APPLIED).httpTokens(HttpTokensState.REQUIRED)
                        .httpPutResponseHopLimit(2).httpEndpoint(InstanceMetadataEndpointState.ENABLED).build())
                .securityGroups(GroupIdentifier.builder().groupId("sg-1").groupName("default").build(),
                        GroupIdentifier.builder().groupId("sg-2").groupName("web & <api>").build())
                .productCodes(List.of())
                .tags(tag("Name", "a & b < c > d \"quoted\" 'single'"),
                        tag("unicode ✓", "Grüße, 日本語, 🚀🐳"),
                        tag("empty", ""),
                        tag("spaces", "  padded  "),
                        tag("multi", "line one\nline two\ttabbed"),
                        tag("markup", "<![CDATA[x]]> &amp; &#65;"))
                .blockDeviceMappings(
                        InstanceBlockDeviceMapping.builder().deviceName("/dev/xvda")
                                .ebs(EbsInstanceBlockDevice.builder().volumeId("vol-1")
                                        .status(AttachmentStatus.ATTACHED).attachTime(LAUNCH)
                                        .deleteOnTermination(true).build())
                                .build(),
                        InstanceBlockDeviceMapping.builder().deviceName("/dev/sdf")
                                .ebs(EbsInstanceBlockDevice.builder().volumeId("vol-2")
                                        .status(AttachmentStatus.ATTACHING)
                                        .attachTime(Instant.parse("2026-01-15T10:00:01.999Z"))
                                        .deleteOnTermination(false).build())
                                .build())
                .networkInterfaces(InstanceNetworkInterface.builder()
                        .networkInterfaceId("eni-1")
                        .subnetId("subnet-1")
                        .vpcId("vpc-1")
                        .description("Primary network interface")
                        .ownerId("123456789012")
                        .status(NetworkInterfaceStatus.IN_USE)
                        .macAddress("0a:1b:2c:3d:4e:5f")
                        .privateIpAddress("10.0.0.10")
                        .privateDnsName("ip-10-0-0-10.ec2.internal")
                        .sourceDestCheck(true)
                        .interfaceType("interface")
                        .groups(GroupIdentifier.builder().groupId("sg-1").groupName("default").build())
                        .attachment(InstanceNetworkInterfaceAttachment.builder().attachmentId("eni-attach-1")
                                .deviceIndex(0).status(AttachmentStatus.ATTACHED).attachTime(LAUNCH)
                                .deleteOnTermination(true).networkCardIndex(0).build())
                        .association(InstanceNetworkInterfaceAssociation.builder().publicIp("54.1.2.3")
                                .publicDnsName("ec2-54-1-2-3.compute-1.amazonaws.com").ipOwnerId("amazon").build())
                        .privateIpAddresses(
                                InstancePrivateIpAddress.builder().privateIpAddress("10.0.0.10").primary(true)
                                        .privateDnsName("ip-10-0-0-10.ec2.internal").build(),
                                InstancePrivateIpAddress.builder().privateIpAddress("10.0.0.11").primary(false)
                                        .build())
                        .ipv6Addresses(InstanceIpv6Address.builder().ipv6Address("2001:db8::1")
                                .isPrimaryIpv6(false).build())
                        .build())
                .build();
    }

    private static InstanceTypeInfo instanceType(InstanceType type, double clock, long memory,
            ArchitectureType... architectures) {
        return InstanceTypeInfo.builder()
                .instanceType(type)
                .currentGeneration(true)
                .freeTierEligible(false)
                .supportedUsageClasses(UsageClassType.ON_DEMAND, UsageClassType.SPOT)
                .supportedRootDeviceTypes(RootDeviceType.EBS)
                .supportedVirtualizationTypes(VirtualizationType.HVM)
                .bareMetal(false)
                .hypervisor(InstanceTypeHypervisor.NITRO)
                .processorInfo(ProcessorInfo.builder().supportedArchitectures(architectures)
                        .sustainedClockSpeedInGhz(clock).manufacturer("Intel").build())
                .vCpuInfo(VCpuInfo.builder().defaultVCpus(2).defaultCores(1).defaultThreadsPerCore(2)
                        .validCores(1).validThreadsPerCore(1, 2).build())
                .memoryInfo(MemoryInfo.builder().sizeInMiB(memory).build())
                .instanceStorageSupported(true)
                .instanceStorageInfo(InstanceStorageInfo.builder().totalSizeInGB(3800L)
                        .disks(DiskInfo.builder().sizeInGB(1900L).count(2).type(DiskType.SSD).build())
                        .nvmeSupport(EphemeralNvmeSupport.REQUIRED).build())
                .networkInfo(NetworkInfo.builder()
                        .networkPerformance("Up to 12.5 Gigabit")
                        .maximumNetworkInterfaces(3)
                        .maximumNetworkCards(1)
                        .defaultNetworkCardIndex(0)
                        .networkCards(NetworkCardInfo.builder().networkCardIndex(0)
                                .networkPerformance("Up to 12.5 Gigabit").maximumNetworkInterfaces(3)
                                .baselineBandwidthInGbps(0.781).peakBandwidthInGbps(12.5).build())
                        .ipv4AddressesPerInterface(6)
                        .ipv6AddressesPerInterface(6)
                        .ipv6Supported(true)
                        .enaSupport(EnaSupport.REQUIRED)
                        .efaSupported(false)
                        .build())
                .gpuInfo(GpuInfo.builder().gpus(GpuDeviceInfo.builder().name("H100").manufacturer("NVIDIA")
                                .count(8).memoryInfo(GpuDeviceMemoryInfo.builder().sizeInMiB(81920).build()).build())
                        .totalGpuMemoryInMiB(655360).build())
                .inferenceAcceleratorInfo(InferenceAcceleratorInfo.builder()
                        .accelerators(InferenceDeviceInfo.builder().count(1).name("Inferentia")
                                .manufacturer("AWS").build())
                        .build())
                .burstablePerformanceSupported(false)
                .hibernationSupported(true)
                .autoRecoverySupported(true)
                .supportedBootModes(BootModeType.LEGACY_BIOS, BootModeType.UEFI)
                .build();
    }

    private static ReservedInstances reserved(String id, float usage, float fixed) {
        return ReservedInstances.builder()
                .reservedInstancesId(id)
                .instanceType(InstanceType.M5_LARGE)
                .availabilityZone("us-east-1a")
                .start(Instant.parse("2025-01-01T00:00:00Z"))
                .end(Instant.parse("2026-01-01T00:00:00.500Z"))
                .duration(31536000L)
                .usagePrice(usage)
                .fixedPrice(fixed)
                .instanceCount(3)
                .productDescription(RIProductDescription.LINUX_UNIX)
                .state(ReservedInstanceState.ACTIVE)
                .currencyCode(CurrencyCodeValues.USD)
                .instanceTenancy(Tenancy.DEFAULT)
                .offeringClass(OfferingClassType.STANDARD)
                .offeringType(OfferingTypeValues.ALL_UPFRONT)
                .recurringCharges(RecurringCharge.builder().amount(0.012).frequency(RecurringChargeFrequency.HOURLY)
                        .build())
                .scope(Scope.REGION)
                .build();
    }

    /** A model region (the simple name {@code Region} is the SDK's client-side region here). */
    private static software.amazon.awssdk.services.ec2.model.Region region(String name, String optIn) {
        return software.amazon.awssdk.services.ec2.model.Region.builder()
                .regionName(name)
                .endpoint("ec2." + name + ".amazonaws.com")
                .optInStatus(optIn)
                .build();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static String tagValue(Instance instance, String key) {
        return instance.tags().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().value();
    }

    // ---------------------------------------------------------------- harness

    /** Encodes {@code original}, lets the real client parse it, and checks that nothing was lost. */
    private static <R extends Ec2Response> R roundTrip(String action, R original, Function<Ec2Client, R> call) {
        byte[] xml = ResponseEncoder.encode(action, REQUEST_ID, original);
        parseXml(xml);
        TRANSPORT.status = 200;
        TRANSPORT.body = xml;
        R parsed = call.apply(client);
        assertTrue(parsed.equalsBySdkFields(original), () -> "parsed response differs\n original: " + original
                + "\n parsed:   " + parsed + "\n xml:      " + new String(xml, StandardCharsets.UTF_8));
        assertEquals(REQUEST_ID, parsed.responseMetadata().requestId());
        return parsed;
    }

    private static String encodeToString(String action, Ec2Response response) {
        return new String(ResponseEncoder.encode(action, REQUEST_ID, response), StandardCharsets.UTF_8);
    }

    /** Parses {@code xml} with the JDK's parser: fails unless the document is well-formed. */
    private static Document parseXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    /** An HTTP client that answers every request with a fixed status and body. */
    private static final class FakeTransport implements SdkHttpClient {
        volatile int status = 200;
        volatile byte[] body = new byte[0];

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            int answerStatus = status;
            byte[] answer = body;
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder()
                                    .statusCode(answerStatus)
                                    .putHeader("Content-Type", "text/xml;charset=UTF-8")
                                    .putHeader("Content-Length", Integer.toString(answer.length))
                                    .build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer)))
                            .build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
