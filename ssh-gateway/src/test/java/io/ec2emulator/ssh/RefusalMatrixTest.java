package io.ec2emulator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import io.ec2emulator.core.vpc.AclEntryRequest;
import io.ec2emulator.core.vpc.NetworkAcls;
import io.ec2emulator.core.vpc.RouteTables;
import io.ec2emulator.core.vpc.Subnet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reason real EC2 would not let an SSH client in, seen through stock OpenSSH and the gateway as a
 * jump host: what the network drops hangs until the timeout; what nothing listens on is refused at once;
 * a wrong key, user or missing key pair is "Permission denied (publickey)".
 */
class RefusalMatrixTest {

    @TempDir
    Path dir;
    GatewayWorld world;
    OpenSsh ssh;
    Path key;
    SecurityGroup open22;

    @BeforeEach
    void start() throws Exception {
        world = new GatewayWorld(dir, PushedKeys.NONE);
        ssh = new OpenSsh(dir, world.gateway.port());
        key = world.keyPair("deploy", KeyType.RSA);
        open22 = world.group("ssh", null);
        world.allowTcp(open22, 22, "0.0.0.0/0");
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private Instance linux(List<String> groups) {
        return world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy", world.defaultSubnet().subnetId(),
                groups, null).instanceId());
    }

    private OpenSsh.Result login(String host) throws Exception {
        return ssh.run("-i", key.toString(), "ec2-user@" + host, "whoami");
    }

    private static void assertDropped(OpenSsh.Result result) {
        assertEquals(255, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("Connection timed out"), result.toString());
        assertTrue(result.millis() >= GatewayWorld.DROPPED_TIMEOUT.toMillis(), "should hang: " + result);
    }

    @Test
    void aSecurityGroupWithoutPort22DropsTheConnection() throws Exception {
        SecurityGroup web = world.group("web", null);
        world.allowTcp(web, 443, "0.0.0.0/0");
        assertDropped(login(linux(List.of(web.groupId())).publicIpAddress()));
    }

    @Test
    void aRuleForAnotherClientAddressDropsIt() throws Exception {
        SecurityGroup office = world.group("office", null);
        world.allowTcp(office, 22, "192.0.2.0/24");
        assertDropped(login(linux(List.of(office.groupId())).publicIpAddress()));
    }

    @Test
    void aStoppedInstanceLosesItsAddressAndATerminatedOneToo() throws Exception {
        Instance stopped = linux(List.of(open22.groupId()));
        Instance terminated = linux(List.of(open22.groupId()));
        world.tx(() -> world.region.instances().stop(List.of(stopped.instanceId()), false));
        world.tx(() -> world.region.instances().terminate(List.of(terminated.instanceId())));

        assertDropped(login(stopped.publicIpAddress()));
        assertDropped(login(terminated.publicIpAddress()));
    }

    @Test
    void aSubnetWithoutARouteToTheInternetGatewayDropsIt() throws Exception {
        Subnet subnet = world.defaultSubnet();
        world.tx(() -> {
            RouteTables tables = new RouteTables(world.region);
            return tables.associate(tables.create(subnet.vpcId(), List.of(), null).routeTableId(), subnet.subnetId());
        });
        assertDropped(login(linux(List.of(open22.groupId())).publicIpAddress()));
    }

    @Test
    void aNetworkAclDenyingPort22DropsIt() throws Exception {
        Subnet subnet = world.defaultSubnet();
        world.tx(() -> new NetworkAcls(world.region).createEntry(world.region.networking().networkAclOf(subnet)
                .networkAclId(), new AclEntryRequest(50, "6", "deny", false, "0.0.0.0/0", null, 22, 22, null, null)));
        assertDropped(login(linux(List.of(open22.groupId())).publicIpAddress()));
    }

    @Test
    void anInstanceWithoutAPublicAddressCannotBeNamedFromOutside() throws Exception {
        Instance hidden = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy",
                world.defaultSubnet().subnetId(), List.of(open22.groupId()), false).instanceId());
        assertEquals(null, hidden.publicIpAddress());
        assertDropped(login(hidden.privateIpAddress()));
    }

    @Test
    void aWindowsInstanceHasNoSshServer() throws Exception {
        Instance windows = world.current(world.launch(GatewayWorld.image("Windows_Server-2022"), "deploy", null,
                List.of(open22.groupId()), null).instanceId());
        OpenSsh.Result result = login(windows.publicIpAddress());
        assertEquals(255, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("Connection refused"), result.toString());
    }

    @Test
    void anInstanceLaunchedWithoutAKeyPairAdmitsNobodyByKey() throws Exception {
        Instance keyless = world.current(world.launch(GatewayWorld.image("al2023-ami"), null, null,
                List.of(open22.groupId()), null).instanceId());
        OpenSsh.Result result = login(keyless.publicIpAddress());
        assertEquals(255, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("Permission denied (publickey)"), result.toString());
    }

    @Test
    void anAddressOutsideTheEmulatorIsNotForwardedAnywhere() throws Exception {
        OpenSsh.Result result = ssh.run("-i", key.toString(), "-J", "gateway", "ec2-user@192.0.2.44", "true");
        assertEquals(255, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("administratively prohibited"), result.toString());
    }
}
