package io.ec2emulator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key pushed with EC2 Instance Connect lets its OS user in for 60 seconds of the emulator's clock, on
 * an instance launched without a key pair; then it is refused again.
 */
class InstanceConnectLoginTest {

    @TempDir
    Path dir;
    GatewayWorld world;
    OpenSsh ssh;

    @BeforeEach
    void start() throws Exception {
        world = new GatewayWorld(dir, PushedKeys.INSTANCE_CONNECT);
        ssh = new OpenSsh(dir, world.gateway.port());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** A fresh ed25519 key made by ssh-keygen, as `aws ec2-instance-connect` users make theirs. */
    private Path sshKeygen(String name) throws Exception {
        Path key = dir.resolve(name);
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
                .redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, keygen.exitValue(), new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return key;
    }

    @Test
    void aPushedKeyWorksForSixtySecondsForItsUserOnly() throws Exception {
        SecurityGroup open22 = world.group("ssh", null);
        world.allowTcp(open22, 22, "0.0.0.0/0");
        Instance web = world.current(world.launch(GatewayWorld.image("al2023-ami"), null, null,
                List.of(open22.groupId()), null).instanceId());
        Path key = sshKeygen("eic");
        String host = "ec2-user@" + web.publicIpAddress();

        OpenSsh.Result before = ssh.run("-i", key.toString(), host, "true");
        assertTrue(before.stderr().contains("Permission denied (publickey)"), before.toString());

        String publicKey = Files.readString(dir.resolve("eic.pub")).trim();
        world.tx(() -> world.region.instanceConnect().push(web.instanceId(), "ec2-user", publicKey, null));
        world.clock.advance(Duration.ofSeconds(59));
        OpenSsh.Result within = ssh.run("-i", key.toString(), host, "whoami");
        assertEquals(0, within.exitCode(), within.toString());

        OpenSsh.Result otherUser = ssh.run("-i", key.toString(), "root@" + web.publicIpAddress(), "true");
        assertTrue(otherUser.stderr().contains("Permission denied (publickey)"), otherUser.toString());

        world.clock.advance(Duration.ofSeconds(2));
        OpenSsh.Result after = ssh.run("-i", key.toString(), host, "true");
        assertEquals(255, after.exitCode(), after.toString());
        assertTrue(after.stderr().contains("Permission denied (publickey)"), after.toString());
    }
}
