package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * EBS with the AWS CLI and its waiters: create-volume (volume-available), attach-volume
 * (volume-in-use), create-snapshot (snapshot-completed), a volume from the snapshot, detach-volume.
 */
class EbsCliTest {

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(EmulatorSettings.instant()));

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "123456789013").ok(args);
    }

    @Test
    void createAttachSnapshotAndRestore() {
        String image = aws("describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=al2023-ami-2023.*-x86_64", "--query", "Images[0].ImageId", "--output", "text");
        String instance = aws("run-instances", "--image-id", image, "--instance-type", "t3.micro",
                "--placement", "AvailabilityZone=us-east-1a", "--query", "Instances[0].InstanceId", "--output",
                "text");
        aws("wait", "instance-running", "--instance-ids", instance);

        String volume = aws("create-volume", "--availability-zone", "us-east-1a", "--size", "10", "--volume-type",
                "gp3", "--query", "VolumeId", "--output", "text");
        aws("wait", "volume-available", "--volume-ids", volume);
        String state = aws("attach-volume", "--volume-id", volume, "--instance-id", instance, "--device", "/dev/sdf",
                "--query", "State", "--output", "text");
        assertEquals("attaching", state);
        aws("wait", "volume-in-use", "--volume-ids", volume);
        assertEquals("attached", aws("describe-volumes", "--volume-ids", volume, "--query",
                "Volumes[0].Attachments[0].State", "--output", "text"));
        assertTrue(aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].BlockDeviceMappings[].DeviceName", "--output", "text")
                .contains("/dev/sdf"));

        String snapshot = aws("create-snapshot", "--volume-id", volume, "--query", "SnapshotId", "--output", "text");
        aws("wait", "snapshot-completed", "--snapshot-ids", snapshot);
        String restored = aws("create-volume", "--availability-zone", "us-east-1a", "--snapshot-id", snapshot,
                "--query", "VolumeId", "--output", "text");
        aws("wait", "volume-available", "--volume-ids", restored);
        assertEquals("10", aws("describe-volumes", "--volume-ids", restored, "--query", "Volumes[0].Size",
                "--output", "text"));

        assertEquals("detaching", aws("detach-volume", "--volume-id", volume, "--query", "State", "--output", "text"));
        aws("wait", "volume-available", "--volume-ids", volume);
        aws("delete-volume", "--volume-id", volume);
        aws("wait", "volume-deleted", "--volume-ids", volume);
    }
}
