package io.ec2emulator.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.Ec2Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.*;

/**
 * Requests built and marshalled by the real AWS SDK v2 {@link Ec2Client}, captured as the exact form
 * body it would send, then decoded by {@link RequestDecoder}: the decoded request must equal the
 * one the client was given, field by field.
 */
class RequestRoundTripTest {

    private static final Capture CAPTURE = new Capture();
    private static Ec2Client client;

    @BeforeAll
    static void startClient() {
        client = Ec2Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(CAPTURE)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    // ---------------------------------------------------------------- SDK-marshalled shapes

    @Test
    void runInstancesWithEverything() {
        RunInstancesRequest original = RunInstancesRequest.builder()
                .imageId("ami-0123456789abcdef0")
                .instanceType(InstanceType.T3_MICRO)
                .minCount(1)
                .maxCount(3)
                .keyName("my key & more")
                .securityGroupIds("sg-11111111", "sg-22222222", "sg-33333333")
                .securityGroups("default")
                .subnetId("subnet-0abc")
                .userData(Base64.getEncoder().encodeToString(
                        "#!/bin/bash\necho 'hi & bye' > /tmp/x\n".getBytes(StandardCharsets.UTF_8)))
                .tagSpecifications(
                        TagSpecification.builder().resourceType(ResourceType.INSTANCE)
                                .tags(tag("Name", "web 1"), tag("env", "prod"), tag("cost-center", "42"),
                                        tag("owner", "ops@example.com"))
                                .build(),
                        TagSpecification.builder().resourceType(ResourceType.VOLUME)
                                .tags(tag("backup", "daily")).build())
                .blockDeviceMappings(
                        BlockDeviceMapping.builder().deviceName("/dev/xvda")
                                .ebs(EbsBlockDevice.builder().volumeSize(50).volumeType(VolumeType.GP3).iops(4000)
                                        .throughput(250).deleteOnTermination(true).encrypted(false)
                                        .snapshotId("snap-0123").build())
                                .build(),
                        BlockDeviceMapping.builder().deviceName("/dev/sdb")
                                .ebs(EbsBlockDevice.builder().volumeSize(1024).volumeType(VolumeType.IO2).iops(64000)
                                        .deleteOnTermination(false).encrypted(true)
                                        .kmsKeyId("arn:aws:kms:us-east-1:123456789012:key/abcd").build())
                                .build(),
                        BlockDeviceMapping.builder().deviceName("/dev/sdc").virtualName("ephemeral0").build(),
                        BlockDeviceMapping.builder().deviceName("/dev/sdd").noDevice("").build())
                .networkInterfaces(
                        InstanceNetworkInterfaceSpecification.builder()
                                .deviceIndex(0)
                                .subnetId("subnet-0abc")
                                .associatePublicIpAddress(true)
                                .deleteOnTermination(true)
                                .description("primary eni")
                                .groups("sg-11111111", "sg-22222222")
                                .privateIpAddresses(
                                        PrivateIpAddressSpecification.builder().privateIpAddress("10.0.0.10")
                                                .primary(true).build(),
                                        PrivateIpAddressSpecification.builder().privateIpAddress("10.0.0.11")
                                                .primary(false).build())
                                .ipv6Addresses(InstanceIpv6Address.builder().ipv6Address("2001:db8::1").build())
                                .build(),
                        InstanceNetworkInterfaceSpecification.builder()
                                .deviceIndex(1)
                                .networkInterfaceId("eni-0123")
                                .networkCardIndex(1)
                                .build())
                .placement(Placement.builder().availabilityZone("us-east-1b").tenancy(Tenancy.DEFAULT)
                        .groupName("pg-1").partitionNumber(2).build())
                .metadataOptions(InstanceMetadataOptionsRequest.builder()
                        .httpTokens(HttpTokensState.REQUIRED)
                        .httpPutResponseHopLimit(2)
                        .httpEndpoint(InstanceMetadataEndpointState.ENABLED)
                        .instanceMetadataTags(InstanceMetadataTagsState.ENABLED)
                        .build())
                .iamInstanceProfile(IamInstanceProfileSpecification.builder()
                        .arn("arn:aws:iam::123456789012:instance-profile/web").name("web").build())
                .creditSpecification(CreditSpecificationRequest.builder().cpuCredits("unlimited").build())
                .cpuOptions(CpuOptionsRequest.builder().coreCount(2).threadsPerCore(1).build())
                .monitoring(RunInstancesMonitoringEnabled.builder().enabled(true).build())
                .instanceMarketOptions(InstanceMarketOptionsRequest.builder().marketType(MarketType.SPOT)
                        .spotOptions(SpotMarketOptions.builder().maxPrice("0.05")
                                .spotInstanceType(SpotInstanceType.ONE_TIME)
                                .validUntil(Instant.parse("2026-03-01T12:34:56.789Z")).build())
                        .build())
                .hibernationOptions(HibernationOptionsRequest.builder().configured(false).build())
                .ebsOptimized(true)
                .disableApiTermination(false)
                .instanceInitiatedShutdownBehavior(ShutdownBehavior.TERMINATE)
                .dryRun(false)
                .build();

        Map<String, String> params = send(original, Ec2Client::runInstances);
        String token = params.get("ClientToken");
        assertNotNull(token, "the SDK fills ClientToken");
        assertEquals(token, UUID.fromString(token).toString());
        assertEquals("sg-22222222", params.get("SecurityGroupId.2"));
        assertEquals("env", params.get("TagSpecification.1.Tag.2.Key"));
        assertEquals("4000", params.get("BlockDeviceMapping.1.Ebs.Iops"));
        assertEquals("10.0.0.11", params.get("NetworkInterface.1.PrivateIpAddresses.2.PrivateIpAddress"));
        assertEquals("sg-22222222", params.get("NetworkInterface.1.SecurityGroupId.2"));
        assertEquals("", params.get("BlockDeviceMapping.4.NoDevice"));

        RunInstancesRequest decoded = RequestDecoder.decode(RunInstancesRequest.class, params);
        assertSameFields(original.toBuilder().clientToken(token).build(), decoded, params);
        assertFalse(decoded.equalsBySdkFields(original), "without the client token they differ");
    }

    @Test
    void describeInstancesWithFilters() {
        roundTrip(DescribeInstancesRequest.class, DescribeInstancesRequest.builder()
                .instanceIds("i-0123456789abcdef0", "i-1", "i-2")
                .filters(
                        filter("instance-state-name", "running", "pending", "stopping"),
                        filter("tag:Name", "web*", "db?"),
                        filter("tag-key", "env"),
                        filter("vpc-id", "vpc-1", "vpc-2", "vpc-3", "vpc-4", "vpc-5", "vpc-6", "vpc-7",
                                "vpc-8", "vpc-9", "vpc-10", "vpc-11"))
                .maxResults(50)
                .nextToken("eyJ2IjoxfQ+/==")
                .dryRun(true)
                .build(), Ec2Client::describeInstances);
    }

    @Test
    void createVolume() {
        roundTrip(CreateVolumeRequest.class, CreateVolumeRequest.builder()
                .availabilityZone("us-east-1a")
                .size(100)
                .volumeType(VolumeType.GP3)
                .iops(3000)
                .throughput(125)
                .encrypted(true)
                .kmsKeyId("alias/aws/ebs")
                .snapshotId("snap-1")
                .multiAttachEnabled(false)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VOLUME)
                        .tags(tag("Name", "data"), tag("team", "storage")).build())
                .clientToken("create-volume-token-1")
                .build(), Ec2Client::createVolume);
    }

    @Test
    void modifyVolume() {
        roundTrip(ModifyVolumeRequest.class, ModifyVolumeRequest.builder()
                .volumeId("vol-0123")
                .size(16384)
                .volumeType(VolumeType.IO2)
                .iops(256000)
                .throughput(1000)
                .multiAttachEnabled(true)
                .dryRun(false)
                .build(), Ec2Client::modifyVolume);
    }

    @Test
    void authorizeSecurityGroupIngressWithNestedPermissions() {
        roundTrip(AuthorizeSecurityGroupIngressRequest.class, AuthorizeSecurityGroupIngressRequest.builder()
                .groupId("sg-0123")
                .ipPermissions(
                        IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").description("ssh & <all>").build(),
                                        IpRange.builder().cidrIp("10.0.0.0/8").build())
                                .ipv6Ranges(Ipv6Range.builder().cidrIpv6("::/0").description("v6 \"any\"").build())
                                .userIdGroupPairs(UserIdGroupPair.builder().groupId("sg-9999").userId("123456789012")
                                        .description("from peers").vpcId("vpc-1").build(),
                                        UserIdGroupPair.builder().groupName("legacy").build())
                                .prefixListIds(PrefixListId.builder().prefixListId("pl-1").description("s3").build())
                                .build(),
                        IpPermission.builder().ipProtocol("-1").fromPort(-1).toPort(-1)
                                .ipRanges(IpRange.builder().cidrIp("192.168.0.0/16").build())
                                .build(),
                        IpPermission.builder().ipProtocol("icmp").fromPort(8).toPort(0).build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP_RULE)
                        .tags(tag("rule", "ssh")).build())
                .build(), Ec2Client::authorizeSecurityGroupIngress);
    }

    @Test
    void revokeSecurityGroupEgress() {
        roundTrip(RevokeSecurityGroupEgressRequest.class, RevokeSecurityGroupEgressRequest.builder()
                .groupId("sg-0123")
                .securityGroupRuleIds("sgr-1", "sgr-2")
                .ipPermissions(IpPermission.builder().ipProtocol("udp").fromPort(53).toPort(53)
                        .ipRanges(IpRange.builder().cidrIp("8.8.8.8/32").build()).build())
                .build(), Ec2Client::revokeSecurityGroupEgress);
    }

    @Test
    void createLaunchTemplateWithDeepData() {
        roundTrip(CreateLaunchTemplateRequest.class, CreateLaunchTemplateRequest.builder()
                .launchTemplateName("web-template")
                .versionDescription("v1: first & best")
                .clientToken("lt-token")
                .launchTemplateData(RequestLaunchTemplateData.builder()
                        .imageId("ami-1")
                        .instanceType(InstanceType.M5_LARGE)
                        .keyName("kp")
                        .userData("IyEvYmluL3NoCmVjaG8gaGkK")
                        .securityGroupIds("sg-1", "sg-2")
                        .ebsOptimized(true)
                        .disableApiTermination(true)
                        .instanceInitiatedShutdownBehavior(ShutdownBehavior.STOP)
                        .iamInstanceProfile(LaunchTemplateIamInstanceProfileSpecificationRequest.builder()
                                .name("profile").build())
                        .blockDeviceMappings(LaunchTemplateBlockDeviceMappingRequest.builder()
                                .deviceName("/dev/xvda")
                                .ebs(LaunchTemplateEbsBlockDeviceRequest.builder().volumeSize(30)
                                        .volumeType(VolumeType.GP3).iops(3000).throughput(125).encrypted(true)
                                        .deleteOnTermination(true).build())
                                .build())
                        .networkInterfaces(LaunchTemplateInstanceNetworkInterfaceSpecificationRequest.builder()
                                .deviceIndex(0)
                                .associatePublicIpAddress(false)
                                .groups("sg-1", "sg-3")
                                .subnetId("subnet-1")
                                .privateIpAddresses(PrivateIpAddressSpecification.builder()
                                        .privateIpAddress("10.1.0.5").primary(true).build())
                                .ipv4PrefixCount(2)
                                .build())
                        .tagSpecifications(LaunchTemplateTagSpecificationRequest.builder()
                                .resourceType(ResourceType.INSTANCE).tags(tag("Name", "from-lt")).build())
                        .monitoring(LaunchTemplatesMonitoringRequest.builder().enabled(true).build())
                        .placement(LaunchTemplatePlacementRequest.builder().availabilityZone("us-east-1c")
                                .tenancy(Tenancy.DEDICATED).build())
                        .instanceMarketOptions(LaunchTemplateInstanceMarketOptionsRequest.builder()
                                .marketType(MarketType.SPOT)
                                .spotOptions(LaunchTemplateSpotMarketOptionsRequest.builder().maxPrice("0.10")
                                        .validUntil(Instant.parse("2027-01-01T00:00:00.001Z"))
                                        .instanceInterruptionBehavior(InstanceInterruptionBehavior.HIBERNATE)
                                        .build())
                                .build())
                        .creditSpecification(CreditSpecificationRequest.builder().cpuCredits("standard").build())
                        .cpuOptions(LaunchTemplateCpuOptionsRequest.builder().coreCount(4).threadsPerCore(2)
                                .build())
                        .metadataOptions(LaunchTemplateInstanceMetadataOptionsRequest.builder()
                                .httpTokens(LaunchTemplateHttpTokensState.REQUIRED).httpPutResponseHopLimit(1)
                                .build())
                        .instanceRequirements(InstanceRequirementsRequest.builder()
                                .vCpuCount(VCpuCountRangeRequest.builder().min(2).max(8).build())
                                .memoryMiB(MemoryMiBRequest.builder().min(4096).build())
                                .memoryGiBPerVCpu(MemoryGiBPerVCpuRequest.builder().min(0.5).max(8.25).build())
                                .cpuManufacturers(CpuManufacturer.INTEL, CpuManufacturer.AMD)
                                .instanceGenerations(InstanceGeneration.CURRENT)
                                .spotMaxPricePercentageOverLowestPrice(35)
                                .build())
                        .build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.LAUNCH_TEMPLATE)
                        .tags(tag("app", "web")).build())
                .build(), Ec2Client::createLaunchTemplate);
    }

    @Test
    void importKeyPairWithBlob() {
        byte[] material = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx user@host\n".getBytes(StandardCharsets.UTF_8);
        ImportKeyPairRequest decoded = roundTrip(ImportKeyPairRequest.class, ImportKeyPairRequest.builder()
                .keyName("imported")
                .publicKeyMaterial(SdkBytes.fromByteArray(material))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.KEY_PAIR)
                        .tags(tag("k", "v")).build())
                .build(), Ec2Client::importKeyPair);
        assertEquals(new String(material, StandardCharsets.UTF_8), decoded.publicKeyMaterial().asUtf8String());
    }

    @Test
    void importKeyPairWithBinaryBlob() {
        byte[] material = new byte[256];
        for (int i = 0; i < material.length; i++) {
            material[i] = (byte) i;
        }
        roundTrip(ImportKeyPairRequest.class, ImportKeyPairRequest.builder()
                .keyName("binary")
                .publicKeyMaterial(SdkBytes.fromByteArray(material))
                .build(), Ec2Client::importKeyPair);
    }

    @Test
    void describeSpotPriceHistoryWithMillis() {
        DescribeSpotPriceHistoryRequest decoded = roundTrip(DescribeSpotPriceHistoryRequest.class,
                DescribeSpotPriceHistoryRequest.builder()
                        .startTime(Instant.parse("2026-01-02T03:04:05.678Z"))
                        .endTime(Instant.parse("2026-01-09T23:59:59.001Z"))
                        .instanceTypes(InstanceType.T3_MICRO, InstanceType.C7_G_16_XLARGE)
                        .productDescriptions("Linux/UNIX", "Windows (Amazon VPC)")
                        .availabilityZone("us-east-1a")
                        .filters(filter("spot-price", "0.0035"))
                        .maxResults(1000)
                        .build(), Ec2Client::describeSpotPriceHistory);
        assertEquals(678_000_000, decoded.startTime().getNano());
    }

    @Test
    void requestSpotInstances() {
        roundTrip(RequestSpotInstancesRequest.class, RequestSpotInstancesRequest.builder()
                .spotPrice("0.0035")
                .instanceCount(2)
                .type(SpotInstanceType.PERSISTENT)
                .validFrom(Instant.parse("2026-02-01T00:00:00Z"))
                .validUntil(Instant.parse("2026-02-02T00:00:00.500Z"))
                .launchGroup("lg")
                .availabilityZoneGroup("azg")
                .instanceInterruptionBehavior(InstanceInterruptionBehavior.STOP)
                .clientToken("spot-token")
                .launchSpecification(RequestSpotLaunchSpecification.builder()
                        .imageId("ami-1")
                        .instanceType(InstanceType.C5_LARGE)
                        .keyName("kp")
                        .securityGroupIds("sg-1", "sg-2")
                        .securityGroups("default")
                        .subnetId("subnet-1")
                        .userData("dXNlcmRhdGE=")
                        .ebsOptimized(true)
                        .iamInstanceProfile(IamInstanceProfileSpecification.builder().name("p").build())
                        .monitoring(RunInstancesMonitoringEnabled.builder().enabled(false).build())
                        .placement(SpotPlacement.builder().availabilityZone("us-east-1a").groupName("g").build())
                        .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/sda1")
                                .ebs(EbsBlockDevice.builder().volumeSize(8).deleteOnTermination(true).build()).build())
                        .networkInterfaces(InstanceNetworkInterfaceSpecification.builder().deviceIndex(0)
                                .groups("sg-1").associatePublicIpAddress(true).build())
                        .build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SPOT_INSTANCES_REQUEST)
                        .tags(tag("spot", "yes")).build())
                .build(), Ec2Client::requestSpotInstances);
    }

    @Test
    void requestSpotFleetWithRenamedListsAndDoubles() {
        roundTrip(RequestSpotFleetRequest.class, RequestSpotFleetRequest.builder()
                .spotFleetRequestConfig(SpotFleetRequestConfigData.builder()
                        .iamFleetRole("arn:aws:iam::123456789012:role/fleet")
                        .targetCapacity(10)
                        .allocationStrategy(AllocationStrategy.PRICE_CAPACITY_OPTIMIZED)
                        .clientToken("fleet-token")
                        .spotPrice("0.5")
                        .validUntil(Instant.parse("2026-05-05T05:05:05Z"))
                        .launchSpecifications(SpotFleetLaunchSpecification.builder()
                                .imageId("ami-1")
                                .instanceType(InstanceType.M5_XLARGE)
                                .weightedCapacity(2.5)
                                .securityGroups(GroupIdentifier.builder().groupId("sg-1").build(),
                                        GroupIdentifier.builder().groupId("sg-2").build())
                                .tagSpecifications(SpotFleetTagSpecification.builder()
                                        .resourceType(ResourceType.INSTANCE).tags(tag("fleet", "f1")).build())
                                .networkInterfaces(InstanceNetworkInterfaceSpecification.builder().deviceIndex(0)
                                        .subnetId("subnet-1").build())
                                .build())
                        .build())
                .build(), Ec2Client::requestSpotFleet);
    }

    @Test
    void requestSpotFleetTimestampsLoseTheirMillisInTheSdk() {
        // The SDK's own TimestampFormatInterceptor strips millis from RequestSpotFleet timestamps
        // before sending, so only whole seconds can round-trip through that action.
        Map<String, String> params = send(RequestSpotFleetRequest.builder()
                .spotFleetRequestConfig(SpotFleetRequestConfigData.builder()
                        .validUntil(Instant.parse("2026-05-05T05:05:05.555Z")).build())
                .build(), Ec2Client::requestSpotFleet);
        RequestSpotFleetRequest decoded = RequestDecoder.decode(RequestSpotFleetRequest.class, params);
        assertEquals(Instant.parse("2026-05-05T05:05:05Z"), decoded.spotFleetRequestConfig().validUntil());
    }

    @Test
    void createFleet() {
        roundTrip(CreateFleetRequest.class, CreateFleetRequest.builder()
                .clientToken("fleet-token")
                .spotOptions(SpotOptionsRequest.builder()
                        .allocationStrategy(SpotAllocationStrategy.CAPACITY_OPTIMIZED)
                        .instanceInterruptionBehavior(SpotInstanceInterruptionBehavior.TERMINATE)
                        .instancePoolsToUseCount(2)
                        .singleInstanceType(false)
                        .minTargetCapacity(1)
                        .maxTotalPrice("1.25")
                        .maintenanceStrategies(FleetSpotMaintenanceStrategiesRequest.builder()
                                .capacityRebalance(FleetSpotCapacityRebalanceRequest.builder()
                                        .replacementStrategy(FleetReplacementStrategy.LAUNCH_BEFORE_TERMINATE)
                                        .terminationDelay(120).build())
                                .build())
                        .build())
                .onDemandOptions(OnDemandOptionsRequest.builder()
                        .allocationStrategy(FleetOnDemandAllocationStrategy.LOWEST_PRICE)
                        .singleAvailabilityZone(true)
                        .minTargetCapacity(0)
                        .maxTotalPrice("10")
                        .build())
                .launchTemplateConfigs(FleetLaunchTemplateConfigRequest.builder()
                        .launchTemplateSpecification(FleetLaunchTemplateSpecificationRequest.builder()
                                .launchTemplateId("lt-1").version("$Latest").build())
                        .overrides(
                                FleetLaunchTemplateOverridesRequest.builder().instanceType(InstanceType.T3_LARGE)
                                        .subnetId("subnet-1").weightedCapacity(2.5).priority(1.0)
                                        .placement(Placement.builder().groupName("pg").build())
                                        .maxPrice("0.2").build(),
                                FleetLaunchTemplateOverridesRequest.builder()
                                        .instanceRequirements(InstanceRequirementsRequest.builder()
                                                .vCpuCount(VCpuCountRangeRequest.builder().min(1).build())
                                                .memoryMiB(MemoryMiBRequest.builder().min(512).max(2048).build())
                                                .build())
                                        .weightedCapacity(1.0E10).priority(0.001).build())
                        .build())
                .targetCapacitySpecification(TargetCapacitySpecificationRequest.builder()
                        .totalTargetCapacity(20).onDemandTargetCapacity(5).spotTargetCapacity(15)
                        .defaultTargetCapacityType(DefaultTargetCapacityType.SPOT)
                        .targetCapacityUnitType(TargetCapacityUnitType.VCPU).build())
                .terminateInstancesWithExpiration(true)
                .type(FleetType.INSTANT)
                .validFrom(Instant.parse("2026-01-01T00:00:00Z"))
                .validUntil(Instant.parse("2026-12-31T23:59:59.999Z"))
                .replaceUnhealthyInstances(false)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.FLEET)
                        .tags(tag("fleet", "one")).build())
                .context("ctx")
                .build(), Ec2Client::createFleet);
    }

    @Test
    void modifyInstanceAttributeWithAttributeValues() {
        roundTrip(ModifyInstanceAttributeRequest.class, ModifyInstanceAttributeRequest.builder()
                .instanceId("i-1")
                .sourceDestCheck(AttributeBooleanValue.builder().value(false).build())
                .disableApiTermination(AttributeBooleanValue.builder().value(true).build())
                .ebsOptimized(AttributeBooleanValue.builder().value(true).build())
                .enaSupport(AttributeBooleanValue.builder().value(false).build())
                .disableApiStop(AttributeBooleanValue.builder().value(true).build())
                .instanceType(AttributeValue.builder().value("m5.large").build())
                .instanceInitiatedShutdownBehavior(AttributeValue.builder().value("terminate").build())
                .kernel(AttributeValue.builder().value("aki-1").build())
                .sriovNetSupport(AttributeValue.builder().value("simple").build())
                .userData(SecureBlobAttributeValue.builder()
                        .value(SdkBytes.fromUtf8String("#!/bin/sh\necho modified\n")).build())
                .groups("sg-1", "sg-2")
                .blockDeviceMappings(InstanceBlockDeviceMappingSpecification.builder().deviceName("/dev/xvda")
                        .ebs(EbsInstanceBlockDeviceSpecification.builder().deleteOnTermination(false)
                                .volumeId("vol-1").build())
                        .build())
                .build(), Ec2Client::modifyInstanceAttribute);
    }

    @Test
    void modifyInstanceAttributeWithAttributeAndValue() {
        roundTrip(ModifyInstanceAttributeRequest.class, ModifyInstanceAttributeRequest.builder()
                .instanceId("i-2")
                .attribute(InstanceAttributeName.INSTANCE_TYPE)
                .value("t3.nano")
                .dryRun(true)
                .build(), Ec2Client::modifyInstanceAttribute);
    }

    @Test
    void createTagsWithSpecialCharacters() {
        CreateTagsRequest decoded = roundTrip(CreateTagsRequest.class, CreateTagsRequest.builder()
                .resources("i-1", "vol-2", "sg-3")
                .tags(tag("Name", "web & db = 100% + more"),
                        tag("ключ", "значение ✓"),
                        tag("emoji 🚀", "🐳 whale"),
                        tag("a=b&c=d", "x+y%20z"),
                        tag("  spaced  key  ", "  spaced value  "),
                        tag("empty", ""),
                        tag("quote\"apos'", "<tag>&amp;</tag>"),
                        tag("line\nbreak", "tab\there"),
                        tag("日本語", "中文"))
                .build(), Ec2Client::createTags);
        assertEquals("🐳 whale", decoded.tags().get(2).value());
        assertEquals("x+y%20z", decoded.tags().get(3).value());
    }

    @Test
    void deleteTagsWithTagWithoutValue() {
        DeleteTagsRequest decoded = roundTrip(DeleteTagsRequest.class, DeleteTagsRequest.builder()
                .resources("i-1")
                .tags(Tag.builder().key("no-value").build(), tag("with-value", "v"),
                        Tag.builder().key("empty-value").value("").build())
                .build(), Ec2Client::deleteTags);
        assertEquals(null, decoded.tags().get(0).value());
        assertEquals("", decoded.tags().get(2).value());
    }

    @Test
    void createNetworkAclEntry() {
        roundTrip(CreateNetworkAclEntryRequest.class, CreateNetworkAclEntryRequest.builder()
                .networkAclId("acl-1")
                .ruleNumber(100)
                .protocol("6")
                .ruleAction(RuleAction.ALLOW)
                .egress(false)
                .cidrBlock("0.0.0.0/0")
                .portRange(PortRange.builder().from(1024).to(65535).build())
                .build(), Ec2Client::createNetworkAclEntry);
        roundTrip(CreateNetworkAclEntryRequest.class, CreateNetworkAclEntryRequest.builder()
                .networkAclId("acl-1")
                .ruleNumber(32766)
                .protocol("58")
                .ruleAction(RuleAction.DENY)
                .egress(true)
                .ipv6CidrBlock("::/0")
                .icmpTypeCode(IcmpTypeCode.builder().type(-1).code(-1).build())
                .build(), Ec2Client::createNetworkAclEntry);
    }

    @Test
    void createSnapshots() {
        roundTrip(CreateSnapshotsRequest.class, CreateSnapshotsRequest.builder()
                .description("nightly")
                .instanceSpecification(InstanceSpecification.builder().instanceId("i-1").excludeBootVolume(true)
                        .excludeDataVolumeIds("vol-1", "vol-2").build())
                .copyTagsFromSource(CopyTagsFromSource.VOLUME)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(tag("schedule", "nightly")).build())
                .location(SnapshotLocationEnum.REGIONAL)
                .build(), Ec2Client::createSnapshots);
    }

    @Test
    void registerImage() {
        roundTrip(RegisterImageRequest.class, RegisterImageRequest.builder()
                .name("my-ami (2026)")
                .description("built by packer")
                .architecture(ArchitectureValues.ARM64)
                .rootDeviceName("/dev/xvda")
                .virtualizationType("hvm")
                .enaSupport(true)
                .sriovNetSupport("simple")
                .bootMode(BootModeValues.UEFI)
                .tpmSupport(TpmSupportValues.V2_0)
                .imdsSupport(ImdsSupportValues.V2_0)
                .billingProducts("bp-1", "bp-2")
                .blockDeviceMappings(
                        BlockDeviceMapping.builder().deviceName("/dev/xvda")
                                .ebs(EbsBlockDevice.builder().snapshotId("snap-1").volumeSize(8)
                                        .volumeType(VolumeType.GP2).deleteOnTermination(true).build())
                                .build(),
                        BlockDeviceMapping.builder().deviceName("/dev/xvdb").virtualName("ephemeral0").build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.IMAGE)
                        .tags(tag("os", "al2023")).build())
                .build(), Ec2Client::registerImage);
    }

    @Test
    void enableVolumeIoHasTheIrregularName() {
        Map<String, String> params = send(EnableVolumeIoRequest.builder().volumeId("vol-1").build(),
                Ec2Client::enableVolumeIO);
        assertEquals("EnableVolumeIO", params.get("Action"));
        roundTrip(EnableVolumeIoRequest.class, EnableVolumeIoRequest.builder().volumeId("vol-1").dryRun(true).build(),
                Ec2Client::enableVolumeIO);
    }

    @Test
    void describeImagesWithOwnersAndExecutableUsers() {
        Map<String, String> params = send(DescribeImagesRequest.builder().owners("self", "amazon")
                .executableUsers("all").build(), Ec2Client::describeImages);
        assertEquals("amazon", params.get("Owner.2"));
        assertEquals("all", params.get("ExecutableBy.1"));
        roundTrip(DescribeImagesRequest.class, DescribeImagesRequest.builder()
                .owners("self", "amazon", "123456789012")
                .executableUsers("all", "self")
                .imageIds("ami-1", "ami-2")
                .filters(filter("architecture", "x86_64", "arm64"), filter("is-public", "true"))
                .includeDeprecated(true)
                .includeDisabled(false)
                .maxResults(5)
                .nextToken("tok")
                .build(), Ec2Client::describeImages);
    }

    @Test
    void emptyListsAreNotSentAndDecodeAsAbsent() {
        // SDK 2.57 sends nothing for an explicitly empty list, so the server sees the list as absent.
        Map<String, String> params = send(DescribeInstancesRequest.builder().instanceIds(List.of())
                .filters(List.of()).build(), Ec2Client::describeInstances);
        assertEquals(Map.of("Action", "DescribeInstances", "Version", "2016-11-15"), params);
        DescribeInstancesRequest decoded = RequestDecoder.decode(DescribeInstancesRequest.class, params);
        assertFalse(decoded.hasInstanceIds());
        assertFalse(decoded.hasFilters());
        assertSameFields(DescribeInstancesRequest.builder().build(), decoded, params);

        Map<String, String> tags = send(CreateTagsRequest.builder().resources("i-1").tags(List.of()).build(),
                Ec2Client::createTags);
        assertSameFields(CreateTagsRequest.builder().resources("i-1").build(),
                RequestDecoder.decode(CreateTagsRequest.class, tags), tags);

        Map<String, String> values = send(DescribeInstancesRequest.builder()
                .filters(Filter.builder().name("tag-key").values(List.of()).build()).build(),
                Ec2Client::describeInstances);
        DescribeInstancesRequest withFilter = RequestDecoder.decode(DescribeInstancesRequest.class, values);
        assertSameFields(DescribeInstancesRequest.builder().filters(Filter.builder().name("tag-key").build()).build(),
                withFilter, values);
        assertFalse(withFilter.filters().get(0).hasValues());
    }

    @Test
    void noParametersAtAll() {
        roundTrip(DescribeRegionsRequest.class, DescribeRegionsRequest.builder().build(),
                Ec2Client::describeRegions);
        roundTrip(DescribeRegionsRequest.class, DescribeRegionsRequest.builder().allRegions(true)
                .regionNames("us-east-1", "eu-west-1").build(), Ec2Client::describeRegions);
    }

    @Test
    void terminateInstancesWithManyIds() {
        String[] ids = new String[120];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format("i-%017x", i);
        }
        TerminateInstancesRequest decoded = roundTrip(TerminateInstancesRequest.class,
                TerminateInstancesRequest.builder().instanceIds(ids).build(), Ec2Client::terminateInstances);
        assertEquals(120, decoded.instanceIds().size());
        assertEquals(ids[9], decoded.instanceIds().get(9));
        assertEquals(ids[10], decoded.instanceIds().get(10), "list order is numeric, not lexicographic");
    }

    @Test
    void createVpcAndSubnet() {
        roundTrip(CreateVpcRequest.class, CreateVpcRequest.builder()
                .cidrBlock("10.0.0.0/16")
                .amazonProvidedIpv6CidrBlock(true)
                .instanceTenancy(Tenancy.DEFAULT)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VPC)
                        .tags(tag("Name", "main")).build())
                .build(), Ec2Client::createVpc);
        roundTrip(CreateSubnetRequest.class, CreateSubnetRequest.builder()
                .vpcId("vpc-1")
                .cidrBlock("10.0.1.0/24")
                .availabilityZone("us-east-1a")
                .ipv6Native(false)
                .build(), Ec2Client::createSubnet);
    }

    @Test
    void createSecurityGroupAndKeyPair() {
        roundTrip(CreateSecurityGroupRequest.class, CreateSecurityGroupRequest.builder()
                .groupName("web")
                .description("Web tier: HTTP(S) & SSH")
                .vpcId("vpc-1")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP)
                        .tags(tag("tier", "web")).build())
                .build(), Ec2Client::createSecurityGroup);
        roundTrip(CreateKeyPairRequest.class, CreateKeyPairRequest.builder()
                .keyName("kp")
                .keyType(KeyType.ED25519)
                .keyFormat(KeyFormat.PEM)
                .build(), Ec2Client::createKeyPair);
    }

    @Test
    void modifyInstanceMetadataOptionsAndCreditSpecification() {
        roundTrip(ModifyInstanceMetadataOptionsRequest.class, ModifyInstanceMetadataOptionsRequest.builder()
                .instanceId("i-1")
                .httpTokens(HttpTokensState.OPTIONAL)
                .httpPutResponseHopLimit(64)
                .httpEndpoint(InstanceMetadataEndpointState.DISABLED)
                .httpProtocolIpv6(InstanceMetadataProtocolState.ENABLED)
                .build(), Ec2Client::modifyInstanceMetadataOptions);
        roundTrip(ModifyInstanceCreditSpecificationRequest.class, ModifyInstanceCreditSpecificationRequest.builder()
                .clientToken("credit-token")
                .instanceCreditSpecifications(
                        InstanceCreditSpecificationRequest.builder().instanceId("i-1").cpuCredits("unlimited").build(),
                        InstanceCreditSpecificationRequest.builder().instanceId("i-2").cpuCredits("standard").build())
                .build(), Ec2Client::modifyInstanceCreditSpecification);
    }

    @Test
    void describeInstanceTypesWithEnumList() {
        roundTrip(DescribeInstanceTypesRequest.class, DescribeInstanceTypesRequest.builder()
                .instanceTypes(InstanceType.T3_MICRO, InstanceType.P5_48_XLARGE)
                .instanceTypesWithStrings("made-up.type")
                .filters(filter("processor-info.supported-architecture", "arm64"))
                .build(), Ec2Client::describeInstanceTypes);
    }

    @Test
    void copyImageAndAttachVolume() {
        roundTrip(CopyImageRequest.class, CopyImageRequest.builder()
                .sourceImageId("ami-1")
                .sourceRegion("us-west-2")
                .name("copy")
                .encrypted(true)
                .clientToken("copy-token")
                .copyImageTags(true)
                .build(), Ec2Client::copyImage);
        roundTrip(AttachVolumeRequest.class, AttachVolumeRequest.builder()
                .volumeId("vol-1").instanceId("i-1").device("/dev/sdf").build(), Ec2Client::attachVolume);
    }

    @Test
    void createRouteAndAllocateAddress() {
        roundTrip(CreateRouteRequest.class, CreateRouteRequest.builder()
                .routeTableId("rtb-1").destinationCidrBlock("0.0.0.0/0").gatewayId("igw-1").build(),
                Ec2Client::createRoute);
        roundTrip(AllocateAddressRequest.class, AllocateAddressRequest.builder()
                .domain(DomainType.VPC).networkBorderGroup("us-east-1")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.ELASTIC_IP)
                        .tags(tag("eip", "1")).build())
                .build(), Ec2Client::allocateAddress);
    }

    // ---------------------------------------------------------------- raw parameters

    @Test
    void emptyValueForAListIsAnEmptyList() {
        DescribeInstancesRequest decoded = RequestDecoder.decode(DescribeInstancesRequest.class,
                params("InstanceId", ""));
        assertTrue(decoded.hasInstanceIds());
        assertEquals(List.of(), decoded.instanceIds());

        DescribeInstancesRequest nested = RequestDecoder.decode(DescribeInstancesRequest.class,
                params("Filter.1.Name", "tag-key", "Filter.1.Value", ""));
        assertTrue(nested.filters().get(0).hasValues());
        assertEquals(List.of(), nested.filters().get(0).values());
    }

    @Test
    void listsAreOrderedByIndexAndMayHaveGaps() {
        DescribeInstancesRequest decoded = RequestDecoder.decode(DescribeInstancesRequest.class,
                params("InstanceId.10", "i-10", "InstanceId.2", "i-2", "InstanceId.1", "i-1"));
        assertEquals(List.of("i-1", "i-2", "i-10"), decoded.instanceIds());
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "TRUE, true", "False, false"})
    void booleans(String wire, boolean expected) {
        DescribeInstancesRequest decoded = RequestDecoder.decode(DescribeInstancesRequest.class,
                params("DryRun", wire));
        assertEquals(expected, decoded.dryRun());
    }

    @ParameterizedTest
    @CsvSource({"yes", "1", "''", "tru"})
    void invalidBooleans(String wire) {
        assertError("InvalidParameterValue", DescribeInstancesRequest.class, params("DryRun", wire));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-02T03:04:05Z, 2026-01-02T03:04:05Z",
        "2026-01-02T03:04:05.678Z, 2026-01-02T03:04:05.678Z",
        "2026-01-02T03:04:05.000Z, 2026-01-02T03:04:05Z",
        "2026-01-02T05:04:05+02:00, 2026-01-02T03:04:05Z",
        "2026-01-01T22:04:05.250-05:00, 2026-01-02T03:04:05.250Z",
        "2026-01-02T03:04:05.123456789Z, 2026-01-02T03:04:05.123456789Z",
        "1767323045, 2026-01-02T03:04:05Z",
        "0, 1970-01-01T00:00:00Z"
    })
    void timestamps(String wire, String expected) {
        DescribeSpotPriceHistoryRequest decoded = RequestDecoder.decode(DescribeSpotPriceHistoryRequest.class,
                params("StartTime", wire));
        assertEquals(Instant.parse(expected), decoded.startTime());
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2026-13-01T00:00:00Z", "2026-01-02", "''", "-5", "99999999999999999",
        "99999999999999999999"})
    void invalidTimestamps(String wire) {
        assertError("InvalidParameterValue", DescribeSpotPriceHistoryRequest.class, params("StartTime", wire));
    }

    @ParameterizedTest
    @CsvSource({"99999999999", "2147483648", "-2147483649", "1.5", "abc", "''", "0x10"})
    void invalidIntegers(String wire) {
        Ec2Error error = assertError("InvalidParameterValue", RunInstancesRequest.class,
                params("ImageId", "ami-1", "MinCount", "1", "MaxCount", wire));
        assertTrue(error.getMessage().contains("MaxCount"), error.getMessage());
    }

    @Test
    void integerBoundsAreAccepted() {
        RunInstancesRequest decoded = RequestDecoder.decode(RunInstancesRequest.class,
                params("MinCount", "-2147483648", "MaxCount", "2147483647"));
        assertEquals(Integer.MIN_VALUE, decoded.minCount());
        assertEquals(Integer.MAX_VALUE, decoded.maxCount());
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity", "1.5d", "abc"})
    void invalidDoubles(String wire) {
        assertError("InvalidParameterValue", CreateFleetRequest.class,
                params("LaunchTemplateConfigs.1.Overrides.1.WeightedCapacity", wire));
    }

    @Test
    void invalidBase64Blob() {
        assertError("InvalidParameterValue", ImportKeyPairRequest.class,
                params("KeyName", "k", "PublicKeyMaterial", "not base64!"));
    }

    @ParameterizedTest
    @CsvSource({
        "Filter.1.Valu.1",
        "Filter.1.Name.Extra",
        "Bogus",
        "Placement.Bogus",
        "BlockDeviceMapping.1.Ebs.VolumeSizeGb",
        "TagSpecification.1.Tag.1.Colour",
        "SecurityGroupId",
        "SecurityGroupId.01",
        "SecurityGroupId.x",
        "SecurityGroupId.0",
        "NetworkInterface.1.PrivateIpAddressesSet.1.PrivateIpAddress",
        "dryRun",
        "Placement",
        "MaxCount.1"
    })
    void unknownParameters(String key) {
        Map<String, String> params = params("ImageId", "ami-1", "MinCount", "1", "MaxCount", "1");
        params.put(key, "x");
        Ec2Error error = assertError("UnknownParameter", RunInstancesRequest.class, params);
        assertEquals(400, error.httpStatus());
        assertTrue(error.getMessage().contains(key), error.getMessage());
    }

    @Test
    void unknownNestedKeyInDescribeInstances() {
        Ec2Error error = assertError("UnknownParameter", DescribeInstancesRequest.class,
                params("Filter.1.Name", "tag:Name", "Filter.1.Valu.1", "web"));
        assertEquals("The parameter Filter.1.Valu.1 is not recognized", error.getMessage());
    }

    @Test
    void protocolParametersAreIgnored() {
        DescribeRegionsRequest decoded = RequestDecoder.decode(DescribeRegionsRequest.class,
                params("Action", "DescribeRegions", "Version", "2016-11-15", "X-Amz-Date", "20260101T000000Z",
                        "AWSAccessKeyId", "AKID", "AllRegions", "true"));
        assertEquals(Boolean.TRUE, decoded.allRegions());
    }

    @Test
    void formDecoderRoundTripOfSdkEncoding() {
        Map<String, String> params = FormDecoder.decode("Tag.1.Key=a%2Bb&Tag.1.Value=c+d&ResourceId.1=%F0%9F%9A%80");
        CreateTagsRequest decoded = RequestDecoder.decode(CreateTagsRequest.class, params);
        assertEquals("a+b", decoded.tags().get(0).key());
        assertEquals("c d", decoded.tags().get(0).value());
        assertEquals("🚀", decoded.resources().get(0));
    }

    // ---------------------------------------------------------------- helpers

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    private static Ec2Error assertError(String code, Class<? extends Ec2Request> type, Map<String, String> params) {
        Ec2Error error = assertThrows(Ec2Error.class, () -> RequestDecoder.decode(type, params),
                () -> "expected " + code + " for " + params);
        assertEquals(code, error.code(), error::getMessage);
        return error;
    }

    /** Marshals {@code request} with the real client and decodes it; the result must equal the request. */
    private static <Q extends Ec2Request> Q roundTrip(Class<Q> type, Q original,
            BiFunction<Ec2Client, Q, ?> call) {
        Map<String, String> params = send(original, call);
        Q decoded = RequestDecoder.decode(type, params);
        assertSameFields(original, decoded, params);
        return decoded;
    }

    private static void assertSameFields(Ec2Request expected, Ec2Request decoded, Map<String, String> params) {
        assertTrue(decoded.equalsBySdkFields(expected),
                () -> "decoded request differs\n expected: " + expected + "\n decoded:  " + decoded
                        + "\n wire:     " + params);
    }

    /** The parameters the SDK client would POST for {@code request}. */
    private static <Q extends Ec2Request> Map<String, String> send(Q request, BiFunction<Ec2Client, Q, ?> call) {
        CAPTURE.body = null;
        try {
            call.apply(client, request);
            throw new AssertionError("the interceptor did not stop the call");
        } catch (RuntimeException e) {
            if (!causedByStop(e)) {
                throw e;
            }
        }
        String body = CAPTURE.body;
        assertNotNull(body, "no body captured");
        return FormDecoder.decode(body);
    }

    private static boolean causedByStop(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stop) {
                return true;
            }
        }
        return false;
    }

    /** Stops the call after marshalling, before any network I/O. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop before transmission", null, false, false);
        }
    }

    private static final class Capture implements ExecutionInterceptor {
        volatile String body;

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            ContentStreamProvider content = context.requestBody().map(RequestBody::contentStreamProvider)
                    .or(() -> context.httpRequest() instanceof SdkHttpFullRequest
                            ? ((SdkHttpFullRequest) context.httpRequest()).contentStreamProvider()
                            : Optional.empty())
                    .orElseThrow(() -> new AssertionError("the request has no body"));
            try (InputStream in = content.newStream()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new Stop();
        }
    }
}
