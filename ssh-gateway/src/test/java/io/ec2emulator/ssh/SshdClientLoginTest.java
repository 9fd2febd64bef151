package io.ec2emulator.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.keypairs.KeyType;
import io.ec2emulator.core.securitygroups.SecurityGroup;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway driven by Apache sshd's own client inside the JVM: a direct login and a jump-host login. */
class SshdClientLoginTest {

    private static final long TIMEOUT_MS = 20_000;

    @TempDir
    Path dir;
    GatewayWorld world;
    SshClient client;
    KeyPair key;
    Instance web;

    @BeforeEach
    void start() throws Exception {
        world = new GatewayWorld(dir, PushedKeys.NONE);
        Path pem = world.keyPair("deploy", KeyType.ED25519);
        try (InputStream in = Files.newInputStream(pem)) {
            key = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("deploy"), in, FilePasswordProvider.EMPTY)
                    .iterator().next();
        }
        SecurityGroup open22 = world.group("ssh", null);
        world.allowTcp(open22, 22, "0.0.0.0/0");
        web = world.current(world.launch(GatewayWorld.image("al2023-ami"), "deploy", null, List.of(open22.groupId()), null)
                .instanceId());
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, serverKey) -> true);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
    }

    @AfterEach
    void stop() {
        client.stop();
        world.close();
    }

    private String run(ClientSession session, String command) throws Exception {
        session.addPublicKeyIdentity(key);
        session.auth().verify(TIMEOUT_MS);
        return session.executeRemoteCommand(command);
    }

    @Test
    void aDirectLoginRunsACommandAndAWrongUserIsDenied() throws Exception {
        try (ClientSession session = client.connect("ec2-user+" + web.instanceId(), "127.0.0.1", world.gateway.port())
                .verify(TIMEOUT_MS).getSession()) {
            assertEquals("ec2-user@" + web.instanceId() + ": id -u\n", run(session, "id -u"));
        }
        try (ClientSession session = client.connect("admin+" + web.instanceId(), "127.0.0.1", world.gateway.port())
                .verify(TIMEOUT_MS).getSession()) {
            session.addPublicKeyIdentity(key);
            assertThrows(SshException.class, () -> session.auth().verify(TIMEOUT_MS));
        }
    }

    @Test
    void aJumpHostLoginReachesThePublicAddress() throws Exception {
        HostConfigEntry entry = new HostConfigEntry(web.publicIpAddress(), web.publicIpAddress(), 22, "ec2-user");
        entry.setProxyJump("jump@127.0.0.1:" + world.gateway.port());
        try (ClientSession session = client.connect(entry, null, null).verify(TIMEOUT_MS).getSession()) {
            assertEquals("ec2-user@" + web.instanceId() + ": hostname\n", run(session, "hostname"));
        }
        assertEquals(0, world.gateway.unclaimedHops());
    }
}
