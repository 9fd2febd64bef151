package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumeRequest;
import software.amazon.awssdk.services.ec2.model.CreateVolumeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttributeName;
import software.amazon.awssdk.services.ec2.model.VolumeStatusItem;

/** CreateVolume, DeleteVolume, the volume Describe calls and attributes, and EBS encryption defaults. */
class VolumesApiTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final List<Ec2Client> CLIENTS = new ArrayList<>();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        CLIENTS.forEach(Ec2Client::close);
        server.close();
    }

    /** A fresh account, so each test starts from a new account's state. */
    private static Ec2Client freshAccount() {
        return client(String.format("%012d", 210_000_000_000L + ACCOUNTS.incrementAndGet()), "us-east-1");
    }

    private static Ec2Client client(String account, String region) {
        Ec2Client client = server.client(account, region);
        CLIENTS.add(client);
        return client;
    }

    private static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    private static CreateVolumeResponse create(Ec2Client ec2, java.util.function.Consumer<CreateVolumeRequest.Builder> r) {
        return ec2.createVolume(b -> {
            b.availabilityZone("us-east-1a");
            r.accept(b);
        });
    }

    private static Volume describe(Ec2Client ec2, String volumeId) {
        return ec2.describeVolumes(r -> r.volumeIds(volumeId)).volumes().get(0);
    }

    private static String launch(Ec2Client ec2) {
        String imageId = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0).imageId();
        return ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
    }

    private static String rootVolume(Ec2Client ec2, String instanceId) {
        return ec2.describeVolumes(r -> r.filters(filter("attachment.instance-id", instanceId))).volumes().get(0)
                .volumeId();
    }

    @Test
    void createDefaultsToGp2AndBecomesAvailableAfterTheBootDelay() {
        Ec2Client ec2 = freshAccount();
        CreateVolumeResponse created = create(ec2, r -> r.size(10));
        assertTrue(created.volumeId().matches("vol-[0-9a-f]{17}"));
        assertEquals("creating", created.stateAsString());
        assertEquals("gp2", created.volumeTypeAsString());
        assertEquals(10, created.size());
        assertEquals(100, created.iops());
        assertNull(created.throughput());
        assertFalse(created.encrypted());
        assertNull(created.kmsKeyId());
        assertFalse(created.multiAttachEnabled());
        assertEquals("us-east-1a", created.availabilityZone());
        assertEquals(server.clock().instant(), created.createTime());
        assertEquals("creating", describe(ec2, created.volumeId()).stateAsString());
        server.clock().advance(Duration.ofMillis(999));
        assertEquals("creating", describe(ec2, created.volumeId()).stateAsString());
        server.clock().advance(Duration.ofMillis(1));
        Volume volume = describe(ec2, created.volumeId());
        assertEquals("available", volume.stateAsString());
        assertEquals(List.of(), volume.attachments());
        assertEquals("", volume.snapshotId());
    }

    @Test
    void performanceReportedPerType() {
        Ec2Client ec2 = freshAccount();
        assertEquals(16_000, create(ec2, r -> r.size(6000).volumeType("gp2")).iops());
        CreateVolumeResponse gp3 = create(ec2, r -> r.size(1).volumeType("gp3"));
        assertEquals(3000, gp3.iops());
        assertEquals(125, gp3.throughput());
        CreateVolumeResponse big = create(ec2, r -> r.size(65_536).volumeType("gp3").iops(80_000).throughput(2000));
        assertEquals(80_000, big.iops());
        assertEquals(2000, big.throughput());
        assertEquals(64_000, create(ec2, r -> r.size(1280).volumeType("io1").iops(64_000)).iops());
        assertEquals(256_000, create(ec2, r -> r.size(256).volumeType("io2").iops(256_000)).iops());
        CreateVolumeResponse st1 = create(ec2, r -> r.size(125).volumeType("st1"));
        assertNull(st1.iops());
        assertNull(st1.throughput());
        assertEquals(1024, create(ec2, r -> r.size(1024).volumeType("standard")).size());
    }

    @Test
    void typeRulesAnswerEc2Errors() {
        Ec2Client ec2 = freshAccount();
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio of 750.000000 is too high; maximum is 500",
                () -> create(ec2, r -> r.size(20).volumeType("gp3").iops(15_000)));
        assertEc2Error("InvalidParameterValue",
                "Throughput (MiBps) to iops ratio of 0.333333 is too high; maximum is 0.250000 MiBps per iops",
                () -> create(ec2, r -> r.size(100).volumeType("gp3").iops(3000).throughput(1000)));
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio of 266.666667 is too high; maximum is 50",
                () -> create(ec2, r -> r.size(15).volumeType("io1").iops(4000)));
        assertEc2Error("InvalidParameterValue", "maximum is 1000",
                () -> create(ec2, r -> r.size(4).volumeType("io2").iops(4001)));
        assertEc2Error("InvalidParameterCombination", "The parameter iops must be specified for io1 volumes.",
                () -> create(ec2, r -> r.size(100).volumeType("io1")));
        assertEc2Error("InvalidParameterCombination", "The parameter iops is not supported for gp2 volumes.",
                () -> create(ec2, r -> r.size(100).iops(300)));
        assertEc2Error("InvalidParameterCombination", "The parameter iops is not supported for sc1 volumes.",
                () -> create(ec2, r -> r.size(500).volumeType("sc1").iops(300)));
        assertEc2Error("InvalidParameterCombination", "throughput can only be specified for volumeType gp3.",
                () -> create(ec2, r -> r.size(100).volumeType("io2").iops(1000).throughput(500)));
        assertEc2Error("InvalidParameterValue", "Volume of 124GiB is too small for volume type st1; minimum is 125GiB",
                () -> create(ec2, r -> r.size(124).volumeType("st1")));
        assertEc2Error("InvalidParameterValue",
                "Volume of 2000GiB is too large for volume type standard; maximum is 1024GiB",
                () -> create(ec2, r -> r.size(2000).volumeType("standard")));
        assertEc2Error("InvalidParameterValue", "Iops of 64001 is too high for volume type io1; maximum is 64000",
                () -> create(ec2, r -> r.size(16_000).volumeType("io1").iops(64_001)));
        assertEc2Error("InvalidParameterValue", "Throughput of 2001 MiBps is too high for volume type gp3",
                () -> create(ec2, r -> r.size(100).volumeType("gp3").iops(10_000).throughput(2001)));
        assertEc2Error("InvalidParameterValue", "Value (gp9) for parameter volumeType is invalid",
                () -> create(ec2, r -> r.size(100).volumeType("gp9")));
        assertEquals(0, ec2.describeVolumes().volumes().size());
    }

    @Test
    void multiAttachOnlyForIo1AndIo2() {
        Ec2Client ec2 = freshAccount();
        assertTrue(create(ec2, r -> r.size(100).volumeType("io2").iops(1000).multiAttachEnabled(true))
                .multiAttachEnabled());
        assertTrue(create(ec2, r -> r.size(100).volumeType("io1").iops(1000).multiAttachEnabled(true))
                .multiAttachEnabled());
        assertEc2Error("InvalidParameterCombination", "Multi-Attach is supported only for io1 and io2 volumes",
                () -> create(ec2, r -> r.size(100).volumeType("gp3").multiAttachEnabled(true)));
        assertEquals(2, ec2.describeVolumes(r -> r.filters(filter("multi-attach-enabled", "true")))
                .volumes().size());
    }

    @Test
    void availabilityZoneRules() {
        Ec2Client ec2 = freshAccount();
        String zoneId = ec2.describeAvailabilityZones(r -> r.zoneNames("us-east-1b")).availabilityZones().get(0)
                .zoneId();
        CreateVolumeResponse byId = ec2.createVolume(r -> r.size(1).availabilityZoneId(zoneId));
        assertEquals("us-east-1b", byId.availabilityZone());
        assertEquals(zoneId, byId.availabilityZoneId());
        assertEc2Error("MissingParameter", "AvailabilityZone", () -> ec2.createVolume(r -> r.size(1)));
        assertEc2Error("InvalidParameterCombination", "AvailabilityZone",
                () -> ec2.createVolume(r -> r.size(1).availabilityZone("us-east-1a").availabilityZoneId(zoneId)));
        assertEc2Error("InvalidParameterValue", "Invalid availability zone: [us-east-1z]",
                () -> ec2.createVolume(r -> r.size(1).availabilityZone("us-east-1z")));
        assertEc2Error("InvalidParameterValue", "Invalid availability zone: [eu-west-1a]",
                () -> ec2.createVolume(r -> r.size(1).availabilityZone("eu-west-1a")));
        assertEc2Error("InvalidParameterValue", "Invalid availability zone ID: [euw1-az1]",
                () -> ec2.createVolume(r -> r.size(1).availabilityZoneId("euw1-az1")));
    }

    @Test
    void sizeOrSnapshot() {
        Ec2Client ec2 = freshAccount();
        assertEc2Error("MissingParameter", "The request must contain the parameter size or snapshotId",
                () -> create(ec2, r -> { }));
        assertEc2Error("InvalidSnapshot.NotFound", "snap-0123456789abcdef0",
                () -> create(ec2, r -> r.snapshotId("snap-0123456789abcdef0")));
        assertEc2Error("InvalidSnapshotID.Malformed", "", () -> create(ec2, r -> r.snapshotId("snap-xyz")));

        String instanceId = launch(ec2);
        server.clock().advance(Duration.ofSeconds(2));
        String imageId = ec2.createImage(r -> r.instanceId(instanceId).name("for-volumes")).imageId();
        String snapshotId = ec2.describeImages(r -> r.imageIds(imageId)).images().get(0).blockDeviceMappings().get(0)
                .ebs().snapshotId();
        int snapshotSize = ec2.describeSnapshots(r -> r.snapshotIds(snapshotId)).snapshots().get(0).volumeSize();

        CreateVolumeResponse restored = create(ec2, r -> r.snapshotId(snapshotId));
        assertEquals(snapshotSize, restored.size());
        assertEquals(snapshotId, restored.snapshotId());
        assertEquals(snapshotSize + 10, create(ec2, r -> r.snapshotId(snapshotId).size(snapshotSize + 10)).size());
        assertEc2Error("InvalidParameterValue", "is smaller than snapshot '" + snapshotId + "'",
                () -> create(ec2, r -> r.snapshotId(snapshotId).size(snapshotSize - 1)));
        assertEquals(2, ec2.describeVolumes(r -> r.filters(filter("snapshot-id", snapshotId))).volumes().size());

        Ec2Client other = freshAccount();
        assertEc2Error("InvalidSnapshot.NotFound", snapshotId, () -> create(other, r -> r.snapshotId(snapshotId)));
    }

    @Test
    void encryptionAndKmsKeys() {
        Ec2Client ec2 = freshAccount();
        String account = ec2.describeSecurityGroups().securityGroups().get(0).ownerId();
        CreateVolumeResponse encrypted = create(ec2, r -> r.size(1).encrypted(true));
        assertTrue(encrypted.encrypted());
        assertEquals("arn:aws:kms:us-east-1:" + account + ":alias/aws/ebs", encrypted.kmsKeyId());
        assertEquals("arn:aws:kms:us-east-1:" + account + ":alias/mine",
                create(ec2, r -> r.size(1).encrypted(true).kmsKeyId("alias/mine")).kmsKeyId());
        String keyArn = "arn:aws:kms:us-east-1:" + account + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertEquals(keyArn, create(ec2, r -> r.size(1).encrypted(true)
                .kmsKeyId("1234abcd-12ab-34cd-56ef-1234567890ab")).kmsKeyId());
        assertEc2Error("InvalidParameterDependency", "The parameter KmsKeyId requires the parameter Encrypted to be set.",
                () -> create(ec2, r -> r.size(1).kmsKeyId(keyArn)));
        assertEc2Error("InvalidParameterValue", "for parameter kmsKeyId is invalid",
                () -> create(ec2, r -> r.size(1).encrypted(true).kmsKeyId("not a key")));
    }

    @Test
    void encryptionByDefaultPerAccountAndRegion() {
        Ec2Client ec2 = freshAccount();
        String account = ec2.describeSecurityGroups().securityGroups().get(0).ownerId();
        Ec2Client otherRegion = client(account, "eu-west-1");
        String awsManaged = "arn:aws:kms:us-east-1:" + account + ":alias/aws/ebs";

        assertFalse(ec2.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());
        assertEquals(awsManaged, ec2.getEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        assertEc2Error("DryRunOperation", 412, "", () -> ec2.enableEbsEncryptionByDefault(r -> r.dryRun(true)));
        assertFalse(ec2.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());

        assertTrue(ec2.enableEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());
        assertTrue(ec2.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());
        assertFalse(otherRegion.getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());
        assertFalse(freshAccount().getEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());

        CreateVolumeResponse volume = create(ec2, r -> r.size(1));
        assertTrue(volume.encrypted());
        assertEquals(awsManaged, volume.kmsKeyId());
        assertTrue(create(ec2, r -> r.size(1).encrypted(false)).encrypted());

        String custom = "arn:aws:kms:us-east-1:" + account + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertEquals(custom, ec2.modifyEbsDefaultKmsKeyId(r -> r.kmsKeyId(custom)).kmsKeyId());
        assertEquals(custom, ec2.getEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        assertEquals(awsManaged.replace("us-east-1", "eu-west-1"), otherRegion.getEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        assertEquals(custom, create(ec2, r -> r.size(1)).kmsKeyId());

        String instanceId = launch(ec2);
        Volume root = describe(ec2, rootVolume(ec2, instanceId));
        assertTrue(root.encrypted());
        assertEquals(custom, root.kmsKeyId());

        assertEc2Error("InvalidParameterValue", "kmsKeyId", () -> ec2.modifyEbsDefaultKmsKeyId(r -> r.kmsKeyId("?")));
        assertEquals(awsManaged, ec2.resetEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        assertEquals(awsManaged, ec2.getEbsDefaultKmsKeyId(r -> { }).kmsKeyId());
        assertFalse(ec2.disableEbsEncryptionByDefault(r -> { }).ebsEncryptionByDefault());
        assertFalse(create(ec2, r -> r.size(1)).encrypted());
        assertFalse(describe(ec2, rootVolume(ec2, launch(ec2))).encrypted());
    }

    @Test
    void deleteVolume() {
        Ec2Client ec2 = freshAccount();
        String volumeId = create(ec2, r -> r.size(1)).volumeId();
        assertEc2Error("IncorrectState", "'creating'", () -> ec2.deleteVolume(r -> r.volumeId(volumeId)));
        server.clock().advance(Duration.ofSeconds(1));
        assertEc2Error("DryRunOperation", 412, "", () -> ec2.deleteVolume(r -> r.volumeId(volumeId).dryRun(true)));
        assertEquals("available", describe(ec2, volumeId).stateAsString());
        ec2.deleteVolume(r -> r.volumeId(volumeId));
        assertEc2Error("InvalidVolume.NotFound", "The volume '" + volumeId + "' does not exist.",
                () -> ec2.describeVolumes(r -> r.volumeIds(volumeId)));
        assertEc2Error("InvalidVolume.NotFound", volumeId, () -> ec2.deleteVolume(r -> r.volumeId(volumeId)));
        assertEc2Error("InvalidVolumeID.Malformed", "", () -> ec2.deleteVolume(r -> r.volumeId("vol-nope")));

        String instanceId = launch(ec2);
        String root = rootVolume(ec2, instanceId);
        assertEc2Error("VolumeInUse", "Volume " + root + " is currently attached to " + instanceId,
                () -> ec2.deleteVolume(r -> r.volumeId(root)));
    }

    @Test
    void createDryRunTagsAndClientToken() {
        Ec2Client ec2 = freshAccount();
        assertEc2Error("DryRunOperation", 412, "", () -> create(ec2, r -> r.size(1).dryRun(true)));
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio",
                () -> create(ec2, r -> r.size(1).volumeType("gp3").iops(4000).dryRun(true)));
        assertEquals(0, ec2.describeVolumes().volumes().size());

        CreateVolumeResponse tagged = create(ec2, r -> r.size(1).tagSpecifications(TagSpecification.builder()
                .resourceType(ResourceType.VOLUME).tags(Tag.builder().key("env").value("dev").build()).build()));
        assertEquals(List.of(Tag.builder().key("env").value("dev").build()), tagged.tags());
        assertEquals(tagged.volumeId(), ec2.describeVolumes(r -> r.filters(filter("tag:env", "dev"))).volumes().get(0)
                .volumeId());
        assertEc2Error("InvalidParameterValue", "'instance' is not a valid taggable resource type",
                () -> create(ec2, r -> r.size(1).tagSpecifications(TagSpecification.builder()
                        .resourceType(ResourceType.INSTANCE).tags(Tag.builder().key("a").value("b").build()).build())));

        String first = create(ec2, r -> r.size(5).clientToken("token-1")).volumeId();
        assertEquals(first, create(ec2, r -> r.size(5).clientToken("token-1")).volumeId());
        assertEc2Error("IdempotentParameterMismatch", "inconsistent",
                () -> create(ec2, r -> r.size(6).clientToken("token-1")));
        assertNotEquals(first, create(ec2, r -> r.size(5).clientToken("token-2")).volumeId());
        assertEquals(3, ec2.describeVolumes().volumes().size());
    }

    @Test
    void describeVolumesFiltersAndPagination() {
        Ec2Client ec2 = freshAccount();
        for (int i = 0; i < 7; i++) {
            int size = i + 1;
            create(ec2, r -> r.size(size).volumeType(size % 2 == 0 ? "gp3" : "gp2"));
        }
        assertEquals(3, ec2.describeVolumes(r -> r.filters(filter("volume-type", "gp3"))).volumes().size());
        assertEquals(7, ec2.describeVolumes(r -> r.filters(filter("status", "creating"))).volumes().size());
        assertEc2Error("InvalidParameterValue", "The filter 'nope' is invalid",
                () -> ec2.describeVolumes(r -> r.filters(filter("nope", "x"))));

        DescribeVolumesResponse page1 = ec2.describeVolumes(r -> r.maxResults(5));
        assertEquals(5, page1.volumes().size());
        assertTrue(page1.nextToken() != null);
        DescribeVolumesResponse page2 = ec2.describeVolumes(r -> r.maxResults(5).nextToken(page1.nextToken()));
        assertEquals(2, page2.volumes().size());
        assertNull(page2.nextToken());
        Set<String> all = new HashSet<>();
        page1.volumes().forEach(v -> all.add(v.volumeId()));
        page2.volumes().forEach(v -> all.add(v.volumeId()));
        assertEquals(7, all.size());
        assertEquals(7, ec2.describeVolumes(r -> r.maxResults(1000)).volumes().size());
        assertEc2Error("InvalidParameterValue", "Parameter may only be between 5 and 500",
                () -> ec2.describeVolumes(r -> r.maxResults(4)));
        assertEc2Error("InvalidPaginationToken", "", () -> ec2.describeVolumes(r -> r.nextToken("garbage")));
    }

    @Test
    void describeVolumeStatus() {
        Ec2Client ec2 = freshAccount();
        String volumeId = create(ec2, r -> r.size(1)).volumeId();
        VolumeStatusItem creating = ec2.describeVolumeStatus(r -> r.volumeIds(volumeId)).volumeStatuses().get(0);
        assertEquals("insufficient-data", creating.volumeStatus().statusAsString());
        server.clock().advance(Duration.ofSeconds(1));
        VolumeStatusItem item = ec2.describeVolumeStatus(r -> r.volumeIds(volumeId)).volumeStatuses().get(0);
        assertEquals(volumeId, item.volumeId());
        assertEquals("us-east-1a", item.availabilityZone());
        assertEquals("ok", item.volumeStatus().statusAsString());
        assertEquals("io-enabled", item.volumeStatus().details().get(0).nameAsString());
        assertEquals("passed", item.volumeStatus().details().get(0).status());
        assertEquals(List.of(), item.actions());
        assertEquals(List.of(), item.events());
        assertEquals(1, ec2.describeVolumeStatus(r -> r.filters(filter("volume-status.status", "ok")))
                .volumeStatuses().size());
        assertEquals(0, ec2.describeVolumeStatus(r -> r.filters(filter("volume-status.status", "impaired")))
                .volumeStatuses().size());
        assertEquals(1, ec2.describeVolumeStatus(r -> r.filters(filter("volume-status.details-name", "io-enabled")))
                .volumeStatuses().size());
        assertEc2Error("InvalidParameterValue", "The filter 'status' is invalid",
                () -> ec2.describeVolumeStatus(r -> r.filters(filter("status", "ok"))));
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> ec2.describeVolumeStatus(r -> r.volumeIds("vol-0123456789abcdef0")));
        assertEc2Error("InvalidParameterValue", "between 5 and 1000",
                () -> ec2.describeVolumeStatus(r -> r.maxResults(1001)));
    }

    @Test
    void volumeAttributes() {
        Ec2Client ec2 = freshAccount();
        String volumeId = create(ec2, r -> r.size(1)).volumeId();
        assertFalse(ec2.describeVolumeAttribute(r -> r.volumeId(volumeId).attribute(VolumeAttributeName.AUTO_ENABLE_IO))
                .autoEnableIO().value());
        assertEquals(List.of(), ec2.describeVolumeAttribute(r -> r.volumeId(volumeId)
                .attribute(VolumeAttributeName.PRODUCT_CODES)).productCodes());
        assertEc2Error("DryRunOperation", 412, "", () -> ec2.modifyVolumeAttribute(r -> r.volumeId(volumeId)
                .autoEnableIO(b -> b.value(true)).dryRun(true)));
        assertFalse(ec2.describeVolumeAttribute(r -> r.volumeId(volumeId).attribute(VolumeAttributeName.AUTO_ENABLE_IO))
                .autoEnableIO().value());
        ec2.modifyVolumeAttribute(r -> r.volumeId(volumeId).autoEnableIO(b -> b.value(true)));
        assertTrue(ec2.describeVolumeAttribute(r -> r.volumeId(volumeId).attribute(VolumeAttributeName.AUTO_ENABLE_IO))
                .autoEnableIO().value());
        assertEc2Error("MissingParameter", "AutoEnableIO", () -> ec2.modifyVolumeAttribute(r -> r.volumeId(volumeId)));
        assertEc2Error("InvalidParameterValue", "Unknown attribute",
                () -> ec2.describeVolumeAttribute(r -> r.volumeId(volumeId).attribute("size")));
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> ec2.describeVolumeAttribute(r -> r.volumeId("vol-0123456789abcdef0")
                        .attribute(VolumeAttributeName.AUTO_ENABLE_IO)));
    }

    @Test
    void runInstancesMappingsFollowTheSameRules() {
        Ec2Client ec2 = freshAccount();
        var image = ec2.describeImages(r -> r.owners("amazon").filters(filter("name", "al2023-ami-2023.*-x86_64")))
                .images().get(0);
        java.util.function.Function<software.amazon.awssdk.services.ec2.model.EbsBlockDevice, Executable> launch =
                ebs -> () -> ec2.runInstances(r -> r.imageId(image.imageId()).instanceType("t3.micro").minCount(1)
                        .maxCount(1).blockDeviceMappings(software.amazon.awssdk.services.ec2.model.BlockDeviceMapping.builder()
                                .deviceName(image.rootDeviceName()).ebs(ebs).build()));
        assertEc2Error("InvalidParameterValue", "The volume type st1 is not supported for boot volumes.",
                launch.apply(software.amazon.awssdk.services.ec2.model.EbsBlockDevice.builder().volumeType("st1")
                        .volumeSize(500).build()));
        assertEc2Error("InvalidParameterValue", "Iops to volume size ratio of 625.000000 is too high; maximum is 500",
                launch.apply(software.amazon.awssdk.services.ec2.model.EbsBlockDevice.builder().volumeType("gp3")
                        .volumeSize(8).iops(5000).build()));
        assertEquals(0, ec2.describeVolumes().volumes().size());
        String instanceId = ec2.runInstances(r -> r.imageId(image.imageId()).instanceType("t3.micro").minCount(1)
                .maxCount(1).blockDeviceMappings(software.amazon.awssdk.services.ec2.model.BlockDeviceMapping.builder()
                        .deviceName(image.rootDeviceName())
                        .ebs(e -> e.volumeType("gp3").volumeSize(20).iops(10_000).throughput(500)).build()))
                .instances().get(0).instanceId();
        Volume root = describe(ec2, rootVolume(ec2, instanceId));
        assertEquals(10_000, root.iops());
        assertEquals(500, root.throughput());
    }
}
