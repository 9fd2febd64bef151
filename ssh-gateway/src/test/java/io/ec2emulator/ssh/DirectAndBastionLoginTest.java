package io.ec2emulator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.vpc.RouteTables;
import io.ec2emulator.core.vpc.Subnet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two other ways in: a direct login naming the instance, and a hop from a bastion to a private address. */
class DirectAndBastionLoginTest {

    @TempDir
    Path dir;
    GatewayWorld world;
    Path key;
    SecurityGroup open22;

    @BeforeEach
    void start() throws Exception {
        world = new GatewayWorld(dir, PushedKeys.NONE);
        key = world.keyPair("deploy", KeyType.ED25519);
        open22 = world.group("ssh", null);
        world.allowTcp(open22, 22, "0.0.0.0/0");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private OpenSsh.Result direct(OpenSsh ssh, String user, String command) throws Exception {
        return ssh.run("-i", key.toString(), "-p", String.valueOf(world.gateway.port()), user + "@127.0.0.1", command);
    }

    @Test
    void aDirectLoginNamesTheInstanceByIdOrPublicAddress() throws Exception {
        OpenSsh ssh = new OpenSsh(dir, world.gateway.port());
        Instance web = world.current(world.launch(GatewayWorld.image("debian-12"), "deploy", null,
                List.of(open22.groupId()), null).instanceId());

        OpenSsh.Result byId = direct(ssh, "admin+" + web.instanceId(), "hostname");
        assertEquals(0, byId.exitCode(), byId.toString());
        assertEquals("admin@" + web.instanceId() + ": hostname\n", byId.stdout());

        OpenSsh.Result byAddress = direct(ssh, "admin+" + web.publicIpAddress(), "pwd");
        assertEquals(0, byAddress.exitCode(), byAddress.toString());

        OpenSsh.Result wrongUser = direct(ssh, "ec2-user+" + web.instanceId(), "pwd");
        assertEquals(255, wrongUser.exitCode(), wrongUser.toString());
        assertTrue(wrongUser.stderr().contains("Permission denied (publickey)"), wrongUser.toString());
    }

    @Test
    void aDirectLoginTheNetworkWouldDropHangsAndAnUnknownInstanceIsClosedAtOnce() throws Exception {
        OpenSsh ssh = new OpenSsh(dir, world.gateway.port());
        SecurityGroup closed = world.group("closed", null);
        Instance web = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy", null,
                List.of(closed.groupId()), null).instanceId());

        OpenSsh.Result dropped = direct(ssh, "ec2-user+" + web.instanceId(), "true");
        assertEquals(255, dropped.exitCode(), dropped.toString());
        assertTrue(dropped.millis() >= GatewayWorld.DROPPED_TIMEOUT.toMillis(), "should hang: " + dropped);

        OpenSsh.Result unknown = direct(ssh, "ec2-user+i-0123456789abcdef0", "true");
        assertEquals(255, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.millis() < GatewayWorld.DROPPED_TIMEOUT.toMillis() + 5_000, unknown.toString());
    }

    @Test
    void aBastionReachesAPrivateInstanceOnlyWhenItsGroupIsAdmitted() throws Exception {
        OpenSsh ssh = new OpenSsh(dir, world.gateway.port(), key);
        Subnet publicSubnet = world.defaultSubnet();
        Subnet privateSubnet = world.tx(() -> world.region.networking().subnets().all().stream()
                .filter(s -> s.defaultForAz() && !s.subnetId().equals(publicSubnet.subnetId())).findFirst().orElseThrow());
        world.tx(() -> {
            RouteTables tables = new RouteTables(world.region);
            return tables.associate(tables.create(privateSubnet.vpcId(), List.of(), null).routeTableId(),
                    privateSubnet.subnetId());
        });
        SecurityGroup bastionGroup = world.group("bastion", null);
        world.allowTcp(bastionGroup, 22, SshGatewayOptions.DEFAULT_CLIENT_ADDRESS + "/32");
        SecurityGroup appGroup = world.group("app", null);
        world.allowFromGroup(appGroup, 22, bastionGroup);
        Instance bastion = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy",
                publicSubnet.subnetId(), List.of(bastionGroup.groupId()), null).instanceId());
        Instance app = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy",
                privateSubnet.subnetId(), List.of(appGroup.groupId()), false).instanceId());
        SecurityGroup officeOnly = world.group("office-only", null);
        world.allowTcp(officeOnly, 22, "192.0.2.0/24");
        Instance other = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy",
                privateSubnet.subnetId(), List.of(officeOnly.groupId()), false).instanceId());

        OpenSsh.Result hop = ssh.run("-J", "ec2-user@" + bastion.publicIpAddress(), "ec2-user@" + app.privateIpAddress(),
                "whoami");
        assertEquals(0, hop.exitCode(), hop.toString());
        assertEquals("ec2-user@" + app.instanceId() + ": whoami\n", hop.stdout());

        OpenSsh.Result byName = ssh.run("-J", "ec2-user@" + bastion.publicIpAddress(),
                "ec2-user@" + app.privateDnsName(), "whoami");
        assertEquals(0, byName.exitCode(), byName.toString());

        OpenSsh.Result fromOutside = ssh.run("-J", "gateway", "ec2-user@" + app.privateIpAddress(), "whoami");
        assertEquals(255, fromOutside.exitCode(), fromOutside.toString());
        assertTrue(fromOutside.stderr().contains("Connection timed out"), fromOutside.toString());

        OpenSsh.Result notAdmitted = ssh.run("-J", "ec2-user@" + bastion.publicIpAddress(),
                "ec2-user@" + other.privateIpAddress(), "whoami");
        assertEquals(255, notAdmitted.exitCode(), notAdmitted.toString());
        assertTrue(notAdmitted.stderr().contains("Connection timed out"), notAdmitted.toString());
    }
}
