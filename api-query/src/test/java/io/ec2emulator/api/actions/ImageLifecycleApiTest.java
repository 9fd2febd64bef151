package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.BlockDeviceMapping;
import software.amazon.awssdk.services.ec2.model.EbsBlockDevice;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;

/** CreateImage, RegisterImage, CopyImage, DeregisterImage and launch permissions through the real SDK client. */
class ImageLifecycleApiTest {

    private static final String OWNER = "111111111111";
    private static final String FRIEND = "222222222222";
    private static final String STRANGER = "333333333333";
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

    private static String amazonLinux() {
        return owner.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
    }

    private static String runningInstance(Ec2Client client, String imageId) {
        String id = client.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1)
                .userData(Base64.getEncoder().encodeToString("echo hi".getBytes(StandardCharsets.UTF_8))))
                .instances().get(0).instanceId();
        tick();
        return id;
    }

    /** Lets the default 1–2 s transitions happen; they apply at the next call. */
    private static void tick() {
        server.clock().advance(Duration.ofSeconds(3));
    }

    private static Image image(Ec2Client client, String imageId) {
        return client.describeImages(r -> r.imageIds(imageId)).images().get(0);
    }

    @Test
    void createImageSnapshotsTheVolumesRebootsAndBecomesAvailable() {
        String instance = runningInstance(owner, amazonLinux());
        owner.describeInstances(r -> r.instanceIds(instance));
        String imageId = owner.createImage(r -> r.instanceId(instance).name("web-server (v1)").description("mine"))
                .imageId();
        Image pending = image(owner, imageId);
        assertEquals("pending", pending.stateAsString());
        assertEquals(OWNER, pending.ownerId());
        assertEquals("web-server (v1)", pending.name());
        assertEquals("x86_64", pending.architectureAsString());
        assertEquals("/dev/xvda", pending.rootDeviceName());
        assertFalse(pending.publicLaunchPermissions());
        String snapshot = pending.blockDeviceMappings().get(0).ebs().snapshotId();
        assertEquals("pending", owner.describeSnapshots(r -> r.snapshotIds(snapshot)).snapshots().get(0).stateAsString());
        String console = new String(Base64.getDecoder().decode(owner.getConsoleOutput(r -> r.instanceId(instance)).output()),
                StandardCharsets.UTF_8);
        assertTrue(console.contains("at boot 2"), "CreateImage reboots the instance: " + console);

        tick();
        assertEquals("available", image(owner, imageId).stateAsString());
        assertEquals("completed", owner.describeSnapshots(r -> r.snapshotIds(snapshot)).snapshots().get(0).stateAsString());
        assertEquals(List.of(imageId), owner.describeImages(r -> r.owners("self")).images().stream()
                .map(Image::imageId).toList());

        String second = owner.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        assertEquals(imageId, owner.describeInstances(r -> r.instanceIds(second)).reservations().get(0).instances().get(0)
                .imageId());

        String noReboot = owner.createImage(r -> r.instanceId(instance).name("no-reboot").noReboot(true)).imageId();
        assertTrue(noReboot.matches("ami-[0-9a-f]{17}"));
        String after = new String(Base64.getDecoder().decode(owner.getConsoleOutput(r -> r.instanceId(instance)).output()),
                StandardCharsets.UTF_8);
        assertFalse(after.contains("at boot 3"));
    }

    @Test
    void createImageRules() {
        String instance = runningInstance(owner, amazonLinux());
        owner.createImage(r -> r.instanceId(instance).name("taken"));
        assertEc2Error("InvalidAMIName.Duplicate", "taken", () -> owner.createImage(r -> r.instanceId(instance).name("taken")));
        assertEc2Error("InvalidAMIName.Malformed", "between 3 and 128", () -> owner.createImage(r -> r.instanceId(instance).name("x!")));
        assertEc2Error("InvalidAMIName.Malformed", "between 3 and 128", () -> owner.createImage(r -> r.instanceId(instance).name("ab")));
        assertEc2Error("MissingParameter", "Name", () -> owner.createImage(r -> r.instanceId(instance)));
        assertEc2Error("InvalidInstanceID.NotFound", "i-0123456789abcdef0",
                () -> owner.createImage(r -> r.instanceId("i-0123456789abcdef0").name("nope")));
        assertEc2Error("DryRunOperation", 412, "DryRun", () -> owner.createImage(r -> r.instanceId(instance).name("dry").dryRun(true)));
        assertEquals(1, owner.describeImages(r -> r.owners("self")).images().size());
        assertTrue(owner.describeSnapshots(r -> r.ownerIds("self")).snapshots().size() == 1);

        String instanceStoreAmi = owner.describeImages(r -> r.owners("amazon").includeDeprecated(true)
                .filters(Filter.builder().name("root-device-type").values("instance-store").build())).images().get(0).imageId();
        String storeInstance = owner.runInstances(r -> r.imageId(instanceStoreAmi).instanceType("m3.medium").minCount(1)
                .maxCount(1)).instances().get(0).instanceId();
        tick();
        assertEc2Error("UnsupportedOperation", "'ebs' root device type",
                () -> owner.createImage(r -> r.instanceId(storeInstance).name("from-instance-store")));
    }

    @Test
    void createImageBlockDeviceMappingsChangeWhatTheImageHolds() {
        String instance = runningInstance(owner, amazonLinux());
        String imageId = owner.createImage(r -> r.instanceId(instance).name("mapped").noReboot(true).blockDeviceMappings(
                BlockDeviceMapping.builder().deviceName("/dev/xvda")
                        .ebs(EbsBlockDevice.builder().deleteOnTermination(false).build()).build(),
                BlockDeviceMapping.builder().deviceName("/dev/sdf")
                        .ebs(EbsBlockDevice.builder().volumeSize(20).volumeType("gp3").build()).build(),
                BlockDeviceMapping.builder().deviceName("/dev/sdb").virtualName("ephemeral0").build())).imageId();
        List<BlockDeviceMapping> mappings = image(owner, imageId).blockDeviceMappings();
        assertEquals(List.of("/dev/xvda", "/dev/sdf", "/dev/sdb"), mappings.stream().map(BlockDeviceMapping::deviceName).toList());
        assertFalse(mappings.get(0).ebs().deleteOnTermination());
        assertEquals(20, mappings.get(1).ebs().volumeSize());
        assertEquals("ephemeral0", mappings.get(2).virtualName());
        assertEc2Error("InvalidBlockDeviceMapping", "Only DeleteOnTermination", () -> owner.createImage(r -> r
                .instanceId(instance).name("resized").noReboot(true).blockDeviceMappings(BlockDeviceMapping.builder()
                        .deviceName("/dev/xvda").ebs(EbsBlockDevice.builder().volumeSize(100).build()).build())));
        assertEc2Error("InvalidBlockDeviceMapping", "root device", () -> owner.createImage(r -> r.instanceId(instance)
                .name("no-root").noReboot(true).blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda")
                        .noDevice("").build())));
    }

    @Test
    void launchPermissionsShareWithChosenAccountsOnly() {
        String imageId = owner.createImage(r -> r.instanceId(runningInstance(owner, amazonLinux())).name("shared")).imageId();
        tick();
        assertEc2Error("InvalidAMIID.NotFound", imageId, () -> friend.describeImages(r -> r.imageIds(imageId)));

        owner.modifyImageAttribute(r -> r.imageId(imageId).launchPermission(p -> p.add(
                LaunchPermission.builder().userId(FRIEND).build())));
        assertEquals(List.of(FRIEND), owner.describeImageAttribute(r -> r.imageId(imageId).attribute("launchPermission"))
                .launchPermissions().stream().map(LaunchPermission::userId).toList());
        assertEquals(imageId, image(friend, imageId).imageId());
        assertEquals(List.of(imageId), friend.describeImages(r -> r.executableUsers("self")).images().stream()
                .map(Image::imageId).toList());
        String friendsInstance = friend.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        assertTrue(friendsInstance.startsWith("i-"));
        assertEc2Error("InvalidAMIID.NotFound", imageId, () -> stranger.runInstances(r -> r.imageId(imageId)
                .instanceType("t3.micro").minCount(1).maxCount(1)));
        assertEc2Error("AuthFailure", "Not authorized for image:" + imageId,
                () -> friend.deregisterImage(r -> r.imageId(imageId)));

        owner.modifyImageAttribute(r -> r.imageId(imageId).launchPermission(p -> p.add(
                LaunchPermission.builder().group(PermissionGroup.ALL).build())));
        assertTrue(image(stranger, imageId).publicLaunchPermissions());
        owner.resetImageAttribute(r -> r.imageId(imageId).attribute("launchPermission"));
        assertEc2Error("InvalidAMIID.NotFound", imageId, () -> stranger.describeImages(r -> r.imageIds(imageId)));
        assertEc2Error("InvalidAMIID.NotFound", imageId, () -> friend.describeImages(r -> r.imageIds(imageId)));
        assertEc2Error("InvalidAMIAttributeItemValue", "nobody", () -> owner.modifyImageAttribute(r -> r.imageId(imageId)
                .launchPermission(p -> p.add(LaunchPermission.builder().userId("nobody").build()))));
    }

    @Test
    void registerCopyAndDeregister() {
        String imageId = owner.createImage(r -> r.instanceId(runningInstance(owner, amazonLinux())).name("base")).imageId();
        tick();
        String snapshot = image(owner, imageId).blockDeviceMappings().get(0).ebs().snapshotId();
        String registered = owner.registerImage(r -> r.name("registered").rootDeviceName("/dev/xvda")
                .blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda")
                        .ebs(EbsBlockDevice.builder().snapshotId(snapshot).build()).build())).imageId();
        assertEquals("i386", image(owner, registered).architectureAsString(), "RegisterImage defaults to i386");
        assertEquals(8, image(owner, registered).blockDeviceMappings().get(0).ebs().volumeSize());
        assertEc2Error("InvalidSnapshot.NotFound", "snap-0123456789abcdef0", () -> owner.registerImage(r -> r.name("bad")
                .rootDeviceName("/dev/xvda").blockDeviceMappings(BlockDeviceMapping.builder().deviceName("/dev/xvda")
                        .ebs(EbsBlockDevice.builder().snapshotId("snap-0123456789abcdef0").build()).build())));

        try (Ec2Client ireland = server.client(OWNER, "eu-west-1")) {
            String copy = ireland.copyImage(r -> r.sourceRegion("us-east-1").sourceImageId(imageId).name("copied")).imageId();
            Image copied = image(ireland, copy);
            assertEquals(imageId, copied.sourceImageId());
            assertEquals("us-east-1", copied.sourceImageRegion());
            assertTrue(!copied.blockDeviceMappings().get(0).ebs().snapshotId().equals(snapshot));
            assertEc2Error("InvalidAMIID.NotFound", "ami-0123456789abcdef0", () -> ireland.copyImage(r ->
                    r.sourceRegion("us-east-1").sourceImageId("ami-0123456789abcdef0").name("missing")));
        }

        assertEc2Error("AuthFailure", "Not authorized", () -> owner.deregisterImage(r -> r.imageId(amazonLinux())));
        owner.deregisterImage(r -> r.imageId(imageId));
        assertEc2Error("InvalidAMIID.NotFound", imageId, () -> owner.describeImages(r -> r.imageIds(imageId)));
        assertEquals(1, owner.describeSnapshots(r -> r.snapshotIds(snapshot)).snapshots().size(), "snapshots stay");
        owner.deregisterImage(r -> r.imageId(registered).deleteAssociatedSnapshots(false));
        assertNull(owner.describeImages(r -> r.owners("self")).images().stream().findFirst().orElse(null));
    }
}
