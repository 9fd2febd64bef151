package io.ec2emulator.ssh;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.core.EmulatorSettings;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.Image;
import io.ec2emulator.core.images.PublicImageCatalog;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.LaunchRequest;
import io.ec2emulator.core.keypairs.KeyFormat;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.PermissionRequest;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.Subnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * An emulator with one account and region, an SSH gateway on a free port, and helpers to make key pairs,
 * security groups and instances through the core, as the API would. Sessions run a stand-in program that
 * prints who is logged in where, so these tests judge the gateway, not the shell.
 */
final class GatewayWorld implements AutoCloseable {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final Duration DROPPED_TIMEOUT = Duration.ofMillis(1500);

    final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Emulator emulator = new Emulator(clock, EmulatorSettings.instant());
    final RegionState region = emulator.state(ACCOUNT, REGION);
    final Path dir;
    final SshGateway gateway;

    GatewayWorld(Path dir, PushedKeys pushed) throws IOException {
        this.dir = dir;
        ShellFactory shell = channel -> new MessageCommand(whoIsHere(channel.getServerSession().getAttribute(Login.KEY),
                "shell"), 0);
        CommandFactory commands = (channel, command) -> new MessageCommand(
                whoIsHere(channel.getServerSession().getAttribute(Login.KEY), command), 0);
        gateway = SshGateway.start(emulator, SshGatewayOptions.defaults().withPort(0).withDroppedTimeout(DROPPED_TIMEOUT),
                SettingsStore.inMemory(), pushed, shell, commands);
    }

    private static String whoIsHere(Login login, String command) {
        return login.user() + "@" + login.instance().instanceId() + ": " + command + "\n";
    }

    <T> T tx(Supplier<T> action) {
        return region.transact(false, action);
    }

    /** Creates a key pair and writes its private key where ssh can use it; returns the file. */
    Path keyPair(String name, KeyType type) throws IOException {
        String material = tx(() -> region.keyPairs().create(name, type, KeyFormat.PEM, List.of())).keyMaterial();
        Path file = dir.resolve(name + ".pem");
        Files.writeString(file, material.endsWith("\n") ? material : material + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    SecurityGroup group(String name, String vpcId) {
        return tx(() -> region.securityGroups().create(name, name, vpcId, List.of()));
    }

    void allowTcp(SecurityGroup group, int port, String cidr) {
        allow(group, new PermissionRequest("tcp", port, port, List.of(new PermissionRequest.Peer(cidr, null)),
                List.of(), List.of(), List.of()));
    }

    void allowFromGroup(SecurityGroup group, int port, SecurityGroup peer) {
        allow(group, new PermissionRequest("tcp", port, port, List.of(), List.of(),
                List.of(new PermissionRequest.GroupPeer(peer.groupId(), null, null, null)), List.of()));
    }

    private void allow(SecurityGroup group, PermissionRequest permission) {
        tx(() -> region.securityGroups().rules().authorize(
                region.securityGroups().resources().require(group.groupId()), false, List.of(permission), List.of()));
    }

    Subnet defaultSubnet() {
        return region.networking().subnets().all().stream().filter(Subnet::defaultForAz).findFirst().orElseThrow();
    }

    static String image(String namePrefix) {
        return PublicImageCatalog.standard().inRegion(REGION).all().values().stream()
                .filter(i -> i.name().startsWith(namePrefix) && "x86_64".equals(i.architecture()))
                .map(Image::imageId).findFirst().orElseThrow();
    }

    Instance launch(String imageId, String keyName, String subnetId, List<String> groupIds, Boolean publicIp) {
        LaunchRequest request = new LaunchRequest(imageId, "t3.micro", 1, 1, keyName, groupIds, List.of(),
                subnetId, null, null, publicIp, null, null, List.of(), null, null, null, null, null, null, null,
                List.of(), null, null, null);
        return tx(() -> region.instances().run(request).instances().get(0));
    }

    /** The instance's current version (running after the instant boot). */
    Instance current(String instanceId) {
        return tx(() -> region.instances().resources().require(instanceId));
    }

    @Override
    public void close() {
        gateway.close();
    }
}
