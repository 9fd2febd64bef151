package io.ec2emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.KeyType;

/**
 * The emulator as users start it, with its SSH gateway: SDK calls make the key pair, the security group
 * and the instance, and stock OpenSSH logs in at the public address DescribeInstances reports.
 */
class SshGatewayProcessTest {

    private static final Pattern SSH_LISTENING = Pattern.compile("ssh gateway listening on 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsOpenSsh() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "the OpenSSH client is not installed");
    }

    private static int sshPort(RunningServer server) throws InterruptedException {
        Matcher m = SSH_LISTENING.matcher(server.next(line -> SSH_LISTENING.matcher(line).find(), Duration.ofSeconds(30)));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1));
    }

    private Path sshConfig(int port, Path key) throws IOException {
        Path config = dir.resolve("ssh_config");
        Files.writeString(config, String.join("\n",
                "Host gateway", "  HostName 127.0.0.1", "  Port " + port, "  User jump",
                "Host 198.18.* 198.19.*", "  ProxyJump gateway",
                "Host *", "  BatchMode yes", "  StrictHostKeyChecking accept-new",
                "  UserKnownHostsFile " + dir.resolve("known_hosts"), "  IdentitiesOnly yes",
                "  IdentityFile " + key, "  ConnectTimeout 20", ""));
        return config;
    }

    private static List<String> run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return List.of(String.valueOf(process.exitValue()), out, err);
    }

    private Path keyPair(Ec2Client ec2, String name) throws IOException {
        String material = ec2.createKeyPair(r -> r.keyName(name).keyType(KeyType.ED25519)).keyMaterial();
        Path key = dir.resolve(name + ".pem");
        Files.writeString(key, material.endsWith("\n") ? material : material + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    private static String al2023(Ec2Client ec2) {
        return ec2.describeImages(r -> r.owners("amazon").filters(
                Filter.builder().name("name").values("al2023-ami-2023*-x86_64").build())).images().stream()
                .map(Image::imageId).findFirst().orElseThrow();
    }

    private static Instance launch(Ec2Client ec2, String imageId, String keyName, String groupId) {
        String id = ec2.runInstances(r -> r.imageId(imageId).instanceType("t3.micro").minCount(1).maxCount(1)
                .keyName(keyName).securityGroupIds(groupId)).instances().get(0).instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(id));
        return ec2.describeInstances(r -> r.instanceIds(id)).reservations().get(0).instances().get(0);
    }

    @Test
    void openSshLogsInAtThePublicAddressAndARefusalIsLoggedWithItsReason() throws Exception {
        try (RunningServer server = new RunningServer("--boot-delay", "0", "--status-check-delay", "0",
                "--ssh-dropped-timeout", "1s")) {
            int port = sshPort(server);
            Ec2Client ec2 = server.client("111122223333", "us-east-1");
            Path key = keyPair(ec2, "deploy");
            String open = ec2.createSecurityGroup(r -> r.groupName("ssh").description("ssh")).groupId();
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(open).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                    .fromPort(22).toPort(22).ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build()).build()));
            String closed = ec2.createSecurityGroup(r -> r.groupName("closed").description("closed")).groupId();
            String image = al2023(ec2);
            Instance web = launch(ec2, image, "deploy", open);
            Instance hidden = launch(ec2, image, "deploy", closed);
            Path config = sshConfig(port, key);

            List<String> login = run(List.of("ssh", "-F", config.toString(), "ec2-user@" + web.publicIpAddress(), "whoami"));
            assertEquals(List.of("0", "ec2-user\n"), login.subList(0, 2), login.toString());
            List<String> root = run(List.of("ssh", "-F", config.toString(), "root@" + web.publicIpAddress(), "whoami"));
            assertEquals(List.of("142", "Please login as the user \"ec2-user\" rather than the user \"root\".\n\n"),
                    root.subList(0, 2), root.toString());

            String console = new String(Base64.getDecoder().decode(ec2.getConsoleOutput(r -> r.instanceId(web.instanceId()))
                    .output()), StandardCharsets.UTF_8);
            String known = Files.readString(dir.resolve("known_hosts")).lines()
                    .filter(l -> l.startsWith(web.publicIpAddress() + " ")).findFirst().orElseThrow();
            assertTrue(console.contains(known.substring(known.indexOf(' ') + 1)), console);

            List<String> refused = run(List.of("ssh", "-F", config.toString(), "ec2-user@" + hidden.publicIpAddress(), "true"));
            assertEquals("255", refused.get(0), refused.toString());
            String logged = server.next(line -> line.contains("ssh to " + hidden.instanceId()), Duration.ofSeconds(10));
            assertTrue(logged.contains("refused: security group " + closed + " has no inbound rule for tcp/22 from 203.0.113.10"),
                    logged);
        }
    }

    @Test
    void theGatewayHostKeyIsKeptInTheDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        List<String> first;
        try (RunningServer server = new RunningServer("--data-dir", data.toString())) {
            first = keyscan(sshPort(server));
        }
        try (RunningServer server = new RunningServer("--data-dir", data.toString())) {
            assertEquals(first, keyscan(sshPort(server)));
        }
        try (RunningServer server = new RunningServer()) {
            assertNotEquals(first, keyscan(sshPort(server)));
        }
    }

    /** The gateway's host keys as ssh-keyscan sees them, without the host part. */
    private static List<String> keyscan(int port) throws Exception {
        List<String> result = run(List.of("ssh-keyscan", "-p", String.valueOf(port), "-t", "ed25519,ecdsa", "127.0.0.1"));
        List<String> keys = new ArrayList<>();
        for (String line : result.get(1).lines().toList()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                keys.add(line.substring(line.indexOf(' ') + 1));
            }
        }
        assertEquals(2, keys.size(), result.toString());
        return keys.stream().sorted().toList();
    }
}
