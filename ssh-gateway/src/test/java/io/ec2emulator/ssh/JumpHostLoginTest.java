package io.ec2emulator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stock OpenSSH through the gateway as a jump host, to the address DescribeInstances reports. */
class JumpHostLoginTest {

    @TempDir
    Path dir;
    GatewayWorld world;
    OpenSsh ssh;

    @BeforeEach
    void start() throws Exception {
        world = new GatewayWorld(dir, PushedKeys.NONE);
        ssh = new OpenSsh(dir, world.gateway.port());
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Instance openInstance(String imagePrefix, String keyName) {
        SecurityGroup ssh22 = world.group("ssh", null);
        world.allowTcp(ssh22, 22, "0.0.0.0/0");
        Instance launched = world.launch(GatewayWorld.image(imagePrefix), keyName, null, List.of(ssh22.groupId()), null);
        return world.current(launched.instanceId());
    }

    @Test
    void theImagesUserLogsInWithTheLaunchKeyAtThePublicAddress() throws Exception {
        Path key = world.keyPair("deploy", KeyType.ED25519);
        Instance web = openInstance("al2023-ami", "deploy");

        OpenSsh.Result result = ssh.run("-i", key.toString(), "ec2-user@" + web.publicIpAddress(), "whoami");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("ec2-user@" + web.instanceId() + ": whoami\n", result.stdout());
    }

    @Test
    void thePublicDnsNameWorksAsWellAndAnRsaKeyToo() throws Exception {
        Path key = world.keyPair("rsa", KeyType.RSA);
        Instance web = openInstance("ubuntu/images/hvm-ssd/ubuntu-jammy", "rsa");

        OpenSsh.Result result = ssh.run("-i", key.toString(), "ubuntu@" + web.publicDnsName(), "id");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("ubuntu@" + web.instanceId() + ": id\n", result.stdout());
    }

    @Test
    void theInstanceHostKeyIsTheOneItsConsoleShows() throws Exception {
        Path key = world.keyPair("deploy", KeyType.ED25519);
        Instance web = openInstance("al2023-ami", "deploy");
        assertEquals(0, ssh.run("-i", key.toString(), "ec2-user@" + web.publicIpAddress(), "true").exitCode());

        String knownHosts = java.nio.file.Files.readString(ssh.knownHosts);
        String console = new String(java.util.Base64.getDecoder().decode(
                world.tx(() -> world.region.instances().consoleOutput(web.instanceId()))), java.nio.charset.StandardCharsets.UTF_8);
        String hostKeyLine = knownHosts.lines().filter(l -> l.startsWith(web.publicIpAddress() + " ")).findFirst().orElseThrow();
        String presented = hostKeyLine.substring(hostKeyLine.indexOf(' ') + 1);
        assertTrue(console.contains(presented), "console output should list " + presented + "\n" + console);
    }

    @Test
    void wrongUserAndWrongKeyAreDeniedAndRootGetsIn() throws Exception {
        Path key = world.keyPair("deploy", KeyType.ED25519);
        Path other = world.keyPair("other", KeyType.ED25519);
        Instance web = openInstance("al2023-ami", "deploy");
        String host = web.publicIpAddress();

        OpenSsh.Result wrongUser = ssh.run("-i", key.toString(), "ubuntu@" + host, "true");
        assertEquals(255, wrongUser.exitCode(), wrongUser.toString());
        assertTrue(wrongUser.stderr().contains("Permission denied (publickey)"), wrongUser.toString());

        OpenSsh.Result wrongKey = ssh.run("-i", other.toString(), "ec2-user@" + host, "true");
        assertEquals(255, wrongKey.exitCode(), wrongKey.toString());
        assertTrue(wrongKey.stderr().contains("Permission denied (publickey)"), wrongKey.toString());

        OpenSsh.Result root = ssh.run("-i", key.toString(), "root@" + host, "whoami");
        assertEquals(0, root.exitCode(), "root authenticates with the launch key (its shell prints the notice): " + root);
        assertEquals("root@" + web.instanceId() + ": whoami\n", root.stdout());
    }
}
