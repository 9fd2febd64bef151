package io.ec2emulator.api.actions;

import static io.ec2emulator.api.actions.Ec2Assertions.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ec2emulator.api.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Filter;

/** A root volume cannot become st1/sc1; a volume can be created from a snapshot shared with the account only. */
class EbsBootAndSharedSnapshotApiTest {

    private static TestServer server;
    private static Ec2Client owner;
    private static Ec2Client friend;
    private static Ec2Client stranger;

    @BeforeAll
    static void start() {
        server = new TestServer();
        owner = server.client("444444444444", "us-east-1");
        friend = server.client("555555555555", "us-east-1");
        stranger = server.client("666666666666", "us-east-1");
    }

    @AfterAll
    static void stop() {
        owner.close();
        friend.close();
        stranger.close();
        server.close();
    }

    @Test
    void rootVolumeCannotBeModifiedToAThroughputHddType() {
        String image = owner.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                .values("al2023-ami-2023*-x86_64").build())).images().get(0).imageId();
        String instance = owner.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        server.clock().advance(Duration.ofSeconds(3));
        String root = owner.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .blockDeviceMappings().get(0).ebs().volumeId();
        assertEc2Error("InvalidParameterValue", "st1", () -> owner.modifyVolume(r -> r.volumeId(root).volumeType("st1")
                .size(500)));
        assertEquals("gp3", owner.describeVolumes(r -> r.volumeIds(root)).volumes().get(0).volumeTypeAsString());
    }

    @Test
    void volumesFromSharedSnapshotsOnly() {
        String volume = owner.createVolume(r -> r.availabilityZone("us-east-1a").size(10)).volumeId();
        server.clock().advance(Duration.ofSeconds(3));
        String snapshot = owner.createSnapshot(r -> r.volumeId(volume)).snapshotId();
        server.clock().advance(Duration.ofSeconds(3));
        assertEc2Error("InvalidSnapshot.NotFound", snapshot,
                () -> friend.createVolume(r -> r.availabilityZone("us-east-1a").snapshotId(snapshot)));
        owner.modifySnapshotAttribute(r -> r.snapshotId(snapshot).attribute("createVolumePermission")
                .createVolumePermission(p -> p.add(CreateVolumePermission.builder().userId("555555555555").build())));
        String copy = friend.createVolume(r -> r.availabilityZone("us-east-1b").snapshotId(snapshot)).volumeId();
        assertEquals(10, friend.describeVolumes(r -> r.volumeIds(copy)).volumes().get(0).size());
        assertEquals(snapshot, friend.describeVolumes(r -> r.volumeIds(copy)).volumes().get(0).snapshotId());
        assertEc2Error("InvalidSnapshot.NotFound", snapshot,
                () -> stranger.createVolume(r -> r.availabilityZone("us-east-1a").snapshotId(snapshot)));
    }
}
