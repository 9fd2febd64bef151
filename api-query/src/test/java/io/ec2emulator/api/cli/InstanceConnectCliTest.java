package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyMaterial;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.state.RegionState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

/**
 * {@code aws ec2-instance-connect send-ssh-public-key} and {@code send-serial-console-ssh-public-key}
 * against running and stopped instances: success, and the errors the AWS CLI reports by name.
 */
class InstanceConnectCliTest {

    private static final String ACCOUNT = "123456789021";

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(EmulatorSettings.instant()));

    @TempDir
    Path dir;

    private AwsCli cli() {
        return new AwsCli(SERVER.server().endpoint(), dir, ACCOUNT);
    }

    private Commands.Result connect(String... args) {
        return cli().runService("ec2-instance-connect", args);
    }

    /** A running instance in us-east-1a (launched with the SDK: the CLI's start-up time is spent on the tests). */
    private static String launch() {
        try (Ec2Client ec2 = SERVER.server().client(ACCOUNT, "us-east-1")) {
            String image = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name")
                    .values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
            String instance = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1)
                    .placement(p -> p.availabilityZone("us-east-1a"))).instances().get(0).instanceId();
            ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instance));
            return instance;
        }
    }

    private static void stop(String instance) {
        try (Ec2Client ec2 = SERVER.server().client(ACCOUNT, "us-east-1")) {
            ec2.stopInstances(r -> r.instanceIds(instance));
            ec2.waiter().waitUntilInstanceStopped(r -> r.instanceIds(instance));
        }
    }

    private Path publicKeyFile() throws IOException {
        Path file = dir.resolve("key.pub");
        Files.writeString(file, KeyMaterial.create(KeyType.ED25519, KeyFormat.PEM, "me@laptop").publicKey() + "\n");
        return file;
    }

    private static void assertFails(String errorName, Commands.Result result) {
        assertNotEquals(0, result.exitCode(), result.stdout());
        assertTrue(result.stderr().contains("(" + errorName + ")"), result.stderr());
    }

    @Test
    void aKeyIsPushedToARunningInstanceForItsUser() throws IOException {
        String instance = launch();
        Path key = publicKeyFile();
        Commands.Result result = connect("send-ssh-public-key", "--instance-id", instance, "--instance-os-user",
                "ec2-user", "--ssh-public-key", "file://" + key, "--availability-zone", "us-east-1a",
                "--query", "Success", "--output", "text");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("True", result.out());
        RegionState region = SERVER.server().emulator().state(ACCOUNT, "us-east-1");
        List<String> valid = region.transact(false, () -> region.instanceConnect().validKeys(instance, "ec2-user",
                SERVER.server().clock().instant()));
        String[] parts = Files.readString(key).split(" ");
        assertEquals(List.of(parts[0] + " " + parts[1]), valid);

        SERVER.server().clock().advance(Duration.ofSeconds(61));
        assertEquals(List.of(), region.transact(false, () -> region.instanceConnect().validKeys(instance, "ec2-user",
                SERVER.server().clock().instant())));
    }

    @Test
    void errorsReachTheCliByName() throws IOException {
        String key = "file://" + publicKeyFile();
        assertFails("EC2InstanceNotFoundException", connect("send-ssh-public-key", "--instance-id",
                "i-0123456789abcdef0", "--instance-os-user", "ec2-user", "--ssh-public-key", key));
        assertFails("InvalidArgsException", connect("send-ssh-public-key", "--instance-id", "i-NOT-AN-ID",
                "--instance-os-user", "ec2-user", "--ssh-public-key", key));
        assertFails("InvalidArgsException", connect("send-ssh-public-key", "--instance-id", "i-0123456789abcdef0",
                "--instance-os-user", "ec2-user", "--ssh-public-key", "ssh-ed25519 " + "A".repeat(90)));

        String instance = launch();
        assertFails("InvalidArgsException", connect("send-ssh-public-key", "--instance-id", instance,
                "--instance-os-user", "ec2-user", "--ssh-public-key", key, "--availability-zone", "us-east-1b"));
        assertFails("SerialConsoleAccessDisabledException", connect("send-serial-console-ssh-public-key",
                "--instance-id", instance, "--ssh-public-key", key));
        stop(instance);
        assertFails("EC2InstanceStateInvalidException", connect("send-ssh-public-key", "--instance-id", instance,
                "--instance-os-user", "ec2-user", "--ssh-public-key", key));
    }
}
