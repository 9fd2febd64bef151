package io.ec2emulator.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Container.ExecResult;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.KeyType;

/**
 * Builds the image from docker/Dockerfile (or takes the one named by {@code EC2_EMULATOR_IMAGE}), starts
 * it through {@link Ec2EmulatorContainer} and drives it with the real AWS SDK client, as a user's test would.
 * Skipped without a container engine unless {@code EC2_EMULATOR_REQUIRE_DOCKER=1}.
 */
class Ec2EmulatorContainerIT {

    private static String unavailable;
    private static Ec2EmulatorContainer emulator;
    private static Ec2Client ec2;

    @BeforeAll
    static void start() {
        unavailable = EmulatorImage.unavailableReason();
        if (unavailable != null) {
            System.out.println("Ec2EmulatorContainerIT skipped: " + unavailable);
            return;
        }
        emulator = new Ec2EmulatorContainer(EmulatorImage.get()).withInstantTransitions();
        long started = System.nanoTime();
        emulator.start();
        System.out.printf("container healthy %.2f s after start() (image %s)%n",
                (System.nanoTime() - started) / 1e9, emulator.getDockerImageName());
        ec2 = client(emulator);
    }

    @BeforeEach
    void needsAContainerEngine() {
        assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    }

    @AfterAll
    static void stop() {
        if (ec2 != null) {
            ec2.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
    }

    static Ec2Client client(Ec2EmulatorContainer container) {
        return client(container, container.getAccessKey());
    }

    static Ec2Client client(Ec2EmulatorContainer container, String accessKey) {
        return Ec2Client.builder()
                .endpointOverride(container.getEndpoint())
                .region(Region.of(container.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKey, container.getSecretKey())))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void healthEndpointAnswersThroughTheMappedPort() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(emulator.getEndpoint().resolve(Ec2EmulatorContainer.HEALTH_PATH)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"running\""), health.body());
        assertTrue(health.body().contains("\"RunInstances\""), health.body());
    }

    @Test
    void keyPairAndInstanceLifecycleWithTheSdk() {
        CreateKeyPairResponse key = ec2.createKeyPair(r -> r.keyName("it-key").keyType(KeyType.ED25519));
        assertTrue(key.keyMaterial().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"), key.keyMaterial());

        String imageId = ec2.describeImages(r -> r.owners("amazon")
                .filters(Filter.builder().name("name").values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
        String instanceId = ec2.runInstances(r -> r.imageId(imageId).instanceType(InstanceType.T3_MICRO)
                .keyName("it-key").minCount(1).maxCount(1)).instances().get(0).instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instanceId));

        Instance instance = ec2.describeInstances(r -> r.instanceIds(instanceId)).reservations().get(0)
                .instances().get(0);
        assertEquals(InstanceStateName.RUNNING, instance.state().name());
        assertEquals("it-key", instance.keyName());
        assertFalse(instance.privateIpAddress().isEmpty());

        ec2.terminateInstances(r -> r.instanceIds(instanceId));
        ec2.waiter().waitUntilInstanceTerminated(r -> r.instanceIds(instanceId));
        ec2.deleteKeyPair(r -> r.keyName("it-key"));
    }

    @Test
    void openSshLogsInToAnInstanceThroughTheMappedSshPort(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "the OpenSSH client is not installed");
        String material = ec2.createKeyPair(r -> r.keyName("ssh-key").keyType(KeyType.ED25519)).keyMaterial();
        Path key = dir.resolve("ssh-key.pem");
        Files.writeString(key, material.endsWith("\n") ? material : material + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        String group = ec2.createSecurityGroup(r -> r.groupName("ssh-it").description("ssh")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                .fromPort(22).toPort(22).ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build()).build()));
        String imageId = ec2.describeImages(r -> r.owners("amazon")
                .filters(Filter.builder().name("name").values("al2023-ami-2023.*-x86_64").build())).images().get(0).imageId();
        String instanceId = ec2.runInstances(r -> r.imageId(imageId).instanceType(InstanceType.T3_MICRO)
                .keyName("ssh-key").securityGroupIds(group).minCount(1).maxCount(1)).instances().get(0).instanceId();
        ec2.waiter().waitUntilInstanceRunning(r -> r.instanceIds(instanceId));

        Process ssh = new ProcessBuilder("ssh", "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-i", key.toString(),
                "-p", String.valueOf(emulator.getSshPort()), "ec2-user+" + instanceId + "@" + emulator.getSshHost(), "whoami")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(ssh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(ssh.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ssh.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ssh.exitValue(), out + err);
        assertEquals("ec2-user\n", out);
    }

    @Test
    void accountIdAsAccessKeySeparatesState() {
        try (Ec2Client other = client(emulator, "123456789012")) {
            other.createKeyPair(r -> r.keyName("only-in-other-account").keyType(KeyType.ED25519));
            assertTrue(other.describeKeyPairs().keyPairs().stream()
                    .anyMatch(k -> k.keyName().equals("only-in-other-account")));
            assertTrue(ec2.describeKeyPairs().keyPairs().stream()
                    .noneMatch(k -> k.keyName().equals("only-in-other-account")));
            assertEquals("123456789012", other.describeSecurityGroups().securityGroups().get(0).ownerId());
        }
    }

    @Test
    void resetDropsAllState() {
        ec2.createKeyPair(r -> r.keyName("before-reset").keyType(KeyType.ED25519));
        emulator.reset();
        assertTrue(ec2.describeKeyPairs().keyPairs().isEmpty());
    }

    @Test
    void imageHealthCheckRunsInsideTheContainerAsANonRootUser() throws Exception {
        ExecResult probe = emulator.execInContainer("java", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-jar", "/opt/ec2-emulator/ec2-emulator.jar", "--health-check");
        assertEquals(0, probe.getExitCode(), probe.getStdout() + probe.getStderr());
        assertTrue(probe.getStdout().contains("healthy: http://127.0.0.1:4566/_ec2/health"), probe.getStdout());
        assertEquals("10001:10001", emulator.getContainerInfo().getConfig().getUser());
    }
}
