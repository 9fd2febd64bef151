package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.SnapshotInfo;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** CreateSnapshot(s), CopySnapshot, DeleteSnapshot, DescribeSnapshots and sharing through the real SDK client. */
class SnapshotsApiTest {

    private static final String OWNER = "111111111111";
    private static final String FRIEND = "222222222222";
    private static final String STRANGER = "333333333333";
    private static final String MISSING = "snap-0123456789abcdef0";
    /** The SDK presigns cross-region copies from the endpoint's region; against a local endpoint the test gives one. */
    private static final String PRESIGNED = "https://ec2.amazonaws.com/?Action=CopySnapshot";
    private static TestServer server;
    private static Ec2Client owner;
    private static Ec2Client friend;
    private static Ec2Client stranger;

    @BeforeAll
    static void start() {
        server = new TestServer();
        owner = server.client(OWNER, "us-east-1");
        friend = server.client(FRIEND, "us-east-1");
        stranger = server.client(STRANGER, "us-east-1");
    }

    @AfterAll
    static void stop() {
        owner.close();
        friend.close();
        stranger.close();
        server.close();
    }

    @BeforeEach
    void reset() {
        server.emulator().reset();
    }

    private static void tick() {
        server.clock().advance(Duration.ofSeconds(3));
    }

    /** A running instance with its root volume and a 10 GiB data volume on /dev/sdf. */
    private static Instance instance(Ec2Client client) {
        String ami = client.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String id = client.runInstances(r -> r.imageId(ami).instanceType("t3.micro").minCount(1).maxCount(1)
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/sdf")
                        .ebs(e -> e.volumeSize(10).volumeType("gp3")).build()))
                .instances().get(0).instanceId();
        tick();
        return client.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    }

    private static String volume(Instance instance, String device) {
        return instance.blockDeviceMappings().stream().filter(m -> m.deviceName().equals(device)).findFirst()
                .orElseThrow().ebs().volumeId();
    }

    private static String dataVolume(Ec2Client client) {
        return volume(instance(client), "/dev/sdf");
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static Snapshot snapshot(Ec2Client client, String id) {
        return client.describeSnapshots(r -> r.snapshotIds(id)).snapshots().get(0);
    }

    private static Set<String> ids(List<Snapshot> snapshots) {
        Set<String> ids = new HashSet<>();
        snapshots.forEach(s -> ids.add(s.snapshotId()));
        return ids;
    }

    @Test
    void createSnapshotIsPendingThenCompletedWithTags() {
        String volumeId = dataVolume(owner);
        var created = owner.createSnapshot(r -> r.volumeId(volumeId).description("nightly")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(Tag.builder().key("env").value("dev").build()).build()));
        assertEquals("pending", created.stateAsString());
        assertEquals("0%", created.progress());
        assertEquals(volumeId, created.volumeId());
        assertEquals(10, created.volumeSize());
        assertEquals(OWNER, created.ownerId());
        assertEquals("nightly", created.description());
        assertEquals("env", created.tags().get(0).key());
        assertEquals("pending", snapshot(owner, created.snapshotId()).stateAsString());
        tick();
        Snapshot done = snapshot(owner, created.snapshotId());
        assertEquals("completed", done.stateAsString());
        assertEquals("100%", done.progress());
        assertNotNull(done.completionTime());
        assertEquals("dev", done.tags().get(0).value());
    }

    @Test
    void createSnapshotErrorsAndDryRun() {
        String volumeId = dataVolume(owner);
        assertEc2Error("InvalidVolume.NotFound", "vol-0123456789abcdef0",
                () -> owner.createSnapshot(r -> r.volumeId("vol-0123456789abcdef0")));
        assertEc2Error("InvalidVolume.NotFound", volumeId, () -> friend.createSnapshot(r -> r.volumeId(volumeId)));
        assertEc2Error("MissingParameter", "VolumeId", () -> owner.createSnapshot(r -> r.description("x")));
        assertEc2Error("InvalidParameterValue", "", () -> owner.createSnapshot(r -> r.volumeId(volumeId)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VOLUME)
                        .tags(Tag.builder().key("a").value("b").build()).build())));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.createSnapshot(r -> r.volumeId(volumeId).dryRun(true)));
        assertTrue(owner.describeSnapshots(r -> r.ownerIds("self")).snapshots().isEmpty(), "nothing was created");
    }

    @Test
    void createSnapshotsTakesACrashConsistentSetAndHonoursExclusions() {
        Instance instance = instance(owner);
        String root = volume(instance, instance.rootDeviceName());
        String data = volume(instance, "/dev/sdf");
        owner.createTags(r -> r.resources(data).tags(Tag.builder().key("role").value("data").build()));
        List<SnapshotInfo> all = owner.createSnapshots(r -> r.instanceSpecification(s -> s.instanceId(instance.instanceId()))
                .description("set").copyTagsFromSource("volume")).snapshots();
        assertEquals(2, all.size());
        assertEquals(Set.of(root, data), Set.of(all.get(0).volumeId(), all.get(1).volumeId()));
        assertEquals(all.get(0).startTime(), all.get(1).startTime(), "taken at the same instant");
        SnapshotInfo ofData = all.stream().filter(s -> s.volumeId().equals(data)).findFirst().orElseThrow();
        assertEquals("role", ofData.tags().get(0).key());
        assertEquals("set", ofData.description());

        List<SnapshotInfo> dataOnly = owner.createSnapshots(r -> r.instanceSpecification(s -> s
                .instanceId(instance.instanceId()).excludeBootVolume(true))).snapshots();
        assertEquals(List.of(data), dataOnly.stream().map(SnapshotInfo::volumeId).toList());
        List<SnapshotInfo> rootOnly = owner.createSnapshots(r -> r.instanceSpecification(s -> s
                .instanceId(instance.instanceId()).excludeDataVolumeIds(data))).snapshots();
        assertEquals(List.of(root), rootOnly.stream().map(SnapshotInfo::volumeId).toList());

        assertEc2Error("InvalidParameterValue", "boot volume", () -> owner.createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance.instanceId()).excludeDataVolumeIds(root))));
        assertEc2Error("InvalidInstanceID.NotFound", instance.instanceId(), () -> friend.createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance.instanceId()))));
        assertEc2Error("MissingParameter", "InstanceSpecification", () -> owner.createSnapshots(r -> r.description("x")));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.createSnapshots(r -> r
                .instanceSpecification(s -> s.instanceId(instance.instanceId())).dryRun(true)));
        assertEquals(4, owner.describeSnapshots(r -> r.ownerIds("self")).snapshots().size());
    }

    @Test
    void sharingMakesASnapshotVisibleToExactlyTheGrantedAccounts() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        assertEc2Error("InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist.",
                () -> friend.describeSnapshots(r -> r.snapshotIds(id)));
        assertTrue(friend.describeSnapshots(r -> r.restorableByUserIds("self")).snapshots().isEmpty());

        owner.modifySnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().userId(FRIEND).build())));
        Snapshot seen = snapshot(friend, id);
        assertEquals(OWNER, seen.ownerId());
        assertTrue(seen.tags().isEmpty());
        assertEquals(Set.of(id), ids(friend.describeSnapshots(r -> r.restorableByUserIds("self")).snapshots()));
        assertEquals(Set.of(id), ids(friend.describeSnapshots(r -> r.ownerIds(OWNER)).snapshots()));
        assertEquals(Set.of(id), ids(friend.describeSnapshots(r -> r.filters(filter("owner-id", OWNER)))
                .snapshots()));
        assertTrue(friend.describeSnapshots(r -> r.ownerIds("self")).snapshots().isEmpty());
        assertEquals(Set.of(id), ids(owner.describeSnapshots(r -> r.restorableByUserIds(FRIEND)).snapshots()));
        assertTrue(owner.describeSnapshots(r -> r.restorableByUserIds(STRANGER)).snapshots().isEmpty());
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> stranger.describeSnapshots(r -> r.snapshotIds(id)));
        assertTrue(stranger.describeSnapshots(r -> r.restorableByUserIds("self")).snapshots().isEmpty());
        assertTrue(stranger.describeSnapshots().snapshots().isEmpty());

        assertEquals("pending", seen.stateAsString());
        tick();
        assertEquals("completed", snapshot(friend, id).stateAsString(), "the shared view completes on time too");

        var attribute = owner.describeSnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION));
        assertEquals(List.of(CreateVolumePermission.builder().userId(FRIEND).build()), attribute.createVolumePermissions());
        assertTrue(owner.describeSnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.PRODUCT_CODES))
                .productCodes().isEmpty());
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> friend.describeSnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)));
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> friend.modifySnapshotAttribute(r -> r.snapshotId(id)
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().userId(STRANGER).build()))));
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> friend.deleteSnapshot(r -> r.snapshotId(id)));

        owner.modifySnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType("remove").userIds(FRIEND));
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> friend.describeSnapshots(r -> r.snapshotIds(id)));
    }

    @Test
    void publicSnapshotsAreVisibleToEveryoneUntilReset() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        owner.modifySnapshotAttribute(r -> r.snapshotId(id)
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().group(PermissionGroup.ALL).build())));
        assertEquals(Set.of(id), ids(stranger.describeSnapshots().snapshots()));
        assertEquals(Set.of(id), ids(stranger.describeSnapshots(r -> r.restorableByUserIds("all")).snapshots()));
        assertTrue(stranger.describeSnapshots(r -> r.restorableByUserIds("self")).snapshots().isEmpty());
        assertEquals(PermissionGroup.ALL, owner.describeSnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions().get(0).group());
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.resetSnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION).dryRun(true)));
        assertEquals(Set.of(id), ids(stranger.describeSnapshots().snapshots()), "DryRun changed nothing");
        owner.resetSnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION));
        assertTrue(stranger.describeSnapshots().snapshots().isEmpty());
        assertTrue(owner.describeSnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions().isEmpty());
    }

    @Test
    void attributeErrors() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        assertEc2Error("InvalidUserID.Malformed", "nobody", () -> owner.modifySnapshotAttribute(r -> r.snapshotId(id)
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().userId("nobody").build()))));
        assertEc2Error("InvalidParameterValue", "group", () -> owner.modifySnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION).operationType("add").groupNames("admins")));
        assertEc2Error("InvalidParameterValue", "productCodes", () -> owner.modifySnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.PRODUCT_CODES).operationType("add").userIds(FRIEND)));
        assertEc2Error("InvalidParameterValue", "createVolumePermission", () -> owner.resetSnapshotAttribute(r -> r
                .snapshotId(id).attribute(SnapshotAttributeName.PRODUCT_CODES)));
        assertEc2Error("InvalidParameterValue", "attribute", () -> owner.describeSnapshotAttribute(r -> r.snapshotId(id)
                .attribute("size")));
        assertEc2Error("MissingParameter", "Attribute", () -> owner.describeSnapshotAttribute(r -> r.snapshotId(id)));
        assertEc2Error("InvalidSnapshot.NotFound", MISSING, () -> owner.describeSnapshotAttribute(r -> r.snapshotId(MISSING)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.modifySnapshotAttribute(r -> r.snapshotId(id)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION).operationType("add").userIds(FRIEND)
                .dryRun(true)));
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> friend.describeSnapshots(r -> r.snapshotIds(id)));
    }

    @Test
    void encryptedSnapshotsCannotBeMadePublic() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        tick();
        String encrypted = owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1").sourceSnapshotId(id).encrypted(true))
                .snapshotId();
        assertTrue(snapshot(owner, encrypted).encrypted());
        assertEc2Error("InvalidParameterValue", "encrypted", () -> owner.modifySnapshotAttribute(r -> r.snapshotId(encrypted)
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().group(PermissionGroup.ALL).build()))));
    }

    @Test
    void snapshotsAndImagesEncryptedWithTheAwsManagedKeyCannotBeShared() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        tick();
        String managed = owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                .sourceSnapshotId(id).encrypted(true)).snapshotId();
        String customerKey = "arn:aws:kms:us-east-1:" + OWNER + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
        String own = owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                .sourceSnapshotId(id).encrypted(true).kmsKeyId(customerKey)).snapshotId();
        tick();
        assertTrue(snapshot(owner, managed).kmsKeyId().endsWith(":alias/aws/ebs"));

        assertEc2Error("OperationNotPermitted", "Encrypted snapshots with EBS default key cannot be shared",
                () -> owner.modifySnapshotAttribute(r -> r.snapshotId(managed).createVolumePermission(p -> p.add(
                        CreateVolumePermission.builder().userId(FRIEND).build()))));
        assertEc2Error("InvalidSnapshot.NotFound", managed, () -> friend.describeSnapshots(r -> r.snapshotIds(managed)));
        owner.modifySnapshotAttribute(r -> r.snapshotId(own).createVolumePermission(p -> p.add(
                CreateVolumePermission.builder().userId(FRIEND).build())));
        assertEquals(own, snapshot(friend, own).snapshotId());

        owner.enableEbsEncryptionByDefault(r -> { });
        Instance encrypted = instance(owner);
        String image = owner.createImage(r -> r.instanceId(encrypted.instanceId()).name("encrypted-by-default")
                .noReboot(true)).imageId();
        assertEc2Error("InvalidParameter", "Snapshots encrypted with the AWS Managed CMK can't be shared",
                () -> owner.modifyImageAttribute(r -> r.imageId(image).launchPermission(p -> p.add(
                        LaunchPermission.builder().userId(FRIEND).build()))));
    }

    @Test
    void copySnapshotAcrossRegionsAndFromASharedSnapshot() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner)).description("orig")).snapshotId();
        try (Ec2Client ireland = server.client(OWNER, "eu-west-1"); Ec2Client friendIreland = server.client(FRIEND, "eu-west-1")) {
            assertEc2Error("IncorrectState", "completed",
                    () -> ireland.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1").sourceSnapshotId(id)));
            tick();
            String copy = ireland.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1").sourceSnapshotId(id)
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                            .tags(Tag.builder().key("copy").value("yes").build()).build())).snapshotId();
            Snapshot copied = snapshot(ireland, copy);
            assertEquals("pending", copied.stateAsString());
            assertEquals("[Copied " + id + " from us-east-1]", copied.description());
            assertEquals("vol-ffffffff", copied.volumeId());
            assertEquals(10, copied.volumeSize());
            assertFalse(copied.encrypted());
            assertEquals("yes", copied.tags().get(0).value());
            tick();
            assertEquals("completed", snapshot(ireland, copy).stateAsString());
            assertEc2Error("InvalidSnapshot.NotFound", copy, () -> owner.describeSnapshots(r -> r.snapshotIds(copy)));

            assertEc2Error("InvalidSnapshot.NotFound", id, () -> friendIreland.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                    .sourceSnapshotId(id)));
            owner.modifySnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                    .operationType("add").userIds(FRIEND));
            String friendCopy = friendIreland.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1").sourceSnapshotId(id)
                    .description("mine now").encrypted(true)).snapshotId();
            Snapshot theirs = snapshot(friendIreland, friendCopy);
            assertEquals(FRIEND, theirs.ownerId());
            assertEquals("mine now", theirs.description());
            assertTrue(theirs.encrypted());
            assertTrue(theirs.kmsKeyId().startsWith("arn:aws:kms:eu-west-1:" + FRIEND + ":"));
            assertEc2Error("InvalidSnapshot.NotFound", id, () -> stranger.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                    .sourceSnapshotId(id)));
        }
        assertEc2Error("InvalidParameterDependency", "Encrypted", () -> owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                .sourceSnapshotId(id).kmsKeyId("alias/mine")));
        assertEc2Error("InvalidSnapshotID.Malformed", "bogus", () -> owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                .sourceSnapshotId("bogus")));
        assertEc2Error("MissingParameter", "SourceSnapshotId", () -> owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.copySnapshot(r -> r.presignedUrl(PRESIGNED).sourceRegion("us-east-1")
                .sourceSnapshotId(id).dryRun(true)));
        assertEquals(1, owner.describeSnapshots(r -> r.ownerIds("self")).snapshots().size());
    }

    @Test
    void deleteSnapshotRefusesWhileAnImageUsesIt() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        tick();
        String ami = owner.registerImage(r -> r.name("from-snap").rootDeviceName("/dev/xvda")
                .architecture("x86_64").virtualizationType("hvm")
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda").ebs(e -> e.snapshotId(id)).build()))
                .imageId();
        assertEc2Error("InvalidSnapshot.InUse", "The snapshot " + id + " is currently in use by " + ami,
                () -> owner.deleteSnapshot(r -> r.snapshotId(id)));
        owner.deregisterImage(r -> r.imageId(ami));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.deleteSnapshot(r -> r.snapshotId(id).dryRun(true)));
        owner.deleteSnapshot(r -> r.snapshotId(id));
        assertEc2Error("InvalidSnapshot.NotFound", "The snapshot '" + id + "' does not exist.",
                () -> owner.describeSnapshots(r -> r.snapshotIds(id)));
        assertEc2Error("InvalidSnapshot.NotFound", id, () -> owner.deleteSnapshot(r -> r.snapshotId(id)));
        assertEc2Error("InvalidSnapshotID.Malformed", "bogus", () -> owner.deleteSnapshot(r -> r.snapshotId("bogus")));
    }

    @Test
    void deletedSharedSnapshotDisappearsForOthers() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        owner.modifySnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType("add").userIds(FRIEND));
        assertEquals(1, friend.describeSnapshots().snapshots().size());
        owner.deleteSnapshot(r -> r.snapshotId(id));
        assertTrue(friend.describeSnapshots().snapshots().isEmpty());
    }

    @Test
    void snapshotsDeletedWithTheirImageDisappearForOthersToo() {
        String id = owner.createSnapshot(r -> r.volumeId(dataVolume(owner))).snapshotId();
        owner.modifySnapshotAttribute(r -> r.snapshotId(id).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType("add").userIds(FRIEND));
        tick();
        String ami = owner.registerImage(r -> r.name("img").rootDeviceName("/dev/xvda").architecture("x86_64")
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda").ebs(e -> e.snapshotId(id)).build()))
                .imageId();
        assertEquals(Set.of(id), ids(friend.describeSnapshots().snapshots()));
        owner.deregisterImage(r -> r.imageId(ami).deleteAssociatedSnapshots(true));
        assertTrue(friend.describeSnapshots().snapshots().isEmpty());
    }

    @Test
    void describeFiltersOwnersAndPagination() {
        Instance instance = instance(owner);
        owner.createSnapshots(r -> r.instanceSpecification(s -> s.instanceId(instance.instanceId())).description("set"));
        String data = volume(instance, "/dev/sdf");
        String tagged = owner.createSnapshot(r -> r.volumeId(data).description("special")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SNAPSHOT)
                        .tags(Tag.builder().key("keep").value("yes").build()).build())).snapshotId();
        tick();
        for (int i = 0; i < 4; i++) {
            owner.createSnapshot(r -> r.volumeId(data));
        }
        assertEquals(7, owner.describeSnapshots().snapshots().size());
        assertEquals(Set.of(tagged), ids(owner.describeSnapshots(r -> r.filters(filter("tag:keep", "yes")))
                .snapshots()));
        assertEquals(Set.of(tagged), ids(owner.describeSnapshots(r -> r.filters(filter("tag-key", "keep")))
                .snapshots()));
        assertEquals(Set.of(tagged), ids(owner.describeSnapshots(r -> r.filters(filter("description", "spec*")))
                .snapshots()));
        assertEquals(3, owner.describeSnapshots(r -> r.filters(filter("status", "completed"))).snapshots().size());
        assertEquals(3, owner.describeSnapshots(r -> r.filters(filter("progress", "100%"))).snapshots().size());
        assertEquals(4, owner.describeSnapshots(r -> r.filters(filter("status", "pending"))).snapshots().size());
        assertEquals(6, owner.describeSnapshots(r -> r.filters(filter("volume-id", data))).snapshots().size());
        assertEquals(6, owner.describeSnapshots(r -> r.filters(filter("volume-size", "10"))).snapshots().size());
        assertEquals(7, owner.describeSnapshots(r -> r.filters(filter("encrypted", "false"))).snapshots().size());
        assertEquals(7, owner.describeSnapshots(r -> r.filters(filter("owner-id", OWNER))).snapshots().size());
        assertTrue(owner.describeSnapshots(r -> r.filters(filter("owner-alias", "amazon"))).snapshots().isEmpty());
        assertEquals(7, owner.describeSnapshots(r -> r.filters(filter("start-time", "20*"))).snapshots().size());
        assertEquals(Set.of(tagged), ids(owner.describeSnapshots(r -> r.filters(filter("snapshot-id", tagged)))
                .snapshots()));
        assertTrue(owner.describeSnapshots(r -> r.ownerIds("amazon")).snapshots().isEmpty());
        assertEquals(7, owner.describeSnapshots(r -> r.ownerIds("self")).snapshots().size());
        assertEquals(7, owner.describeSnapshots(r -> r.ownerIds(OWNER)).snapshots().size());
        assertEc2Error("InvalidParameterValue", "bogus", () -> owner.describeSnapshots(r -> r.filters(filter("bogus", "x"))));
        assertEc2Error("InvalidUserID.Malformed", "nobody", () -> owner.describeSnapshots(r -> r.ownerIds("nobody")));
        assertEc2Error("InvalidUserID.Malformed", "nobody", () -> owner.describeSnapshots(r -> r.restorableByUserIds("nobody")));
        assertEc2Error("InvalidSnapshot.NotFound", MISSING, () -> owner.describeSnapshots(r -> r.snapshotIds(MISSING)));
        assertEc2Error("InvalidSnapshotID.Malformed", "bogus", () -> owner.describeSnapshots(r -> r.snapshotIds("bogus")));
        assertEc2Error("InvalidParameterValue", "", () -> owner.describeSnapshots(r -> r.maxResults(4)));
        assertEc2Error("InvalidParameterCombination", "", () -> owner.describeSnapshots(r -> r.snapshotIds(tagged)
                .maxResults(5)));

        var first = owner.describeSnapshots(r -> r.maxResults(5));
        assertEquals(5, first.snapshots().size());
        assertNotNull(first.nextToken());
        var second = owner.describeSnapshots(r -> r.maxResults(5).nextToken(first.nextToken()));
        assertEquals(2, second.snapshots().size());
        assertNull(second.nextToken());
        Set<String> all = ids(first.snapshots());
        all.addAll(ids(second.snapshots()));
        assertEquals(7, all.size());
    }
}
