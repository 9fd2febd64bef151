package io.ec2emulator.ssh.session;

import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.images.OsRelease;
import io.ec2emulator.ssh.shell.BlockDevice;
import io.ec2emulator.ssh.shell.InstanceContext;
import io.ec2emulator.ssh.shell.MemoryFileSystemStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A minimal sshd server on a free port for the tests, in front of one Amazon Linux 2023 instance:
 * every public key is accepted (for tests only); the login name becomes the context's login user.
 */
final class TestServer implements AutoCloseable {

    private final SshServer server = SshServer.setUpDefaultServer();
    private final MemoryFileSystemStore files = new MemoryFileSystemStore();

    TestServer() throws IOException {
        server.setHost("127.0.0.1");
        server.setPort(0);
        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider();
        hostKey.setAlgorithm("EC");
        hostKey.setKeySize(256);
        server.setKeyPairProvider(hostKey);
        server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
        server.setShellFactory(new EmulatedShellFactory(session -> context(session.getUsername())));
        server.setCommandFactory(new EmulatedCommandFactory(session -> context(session.getUsername())));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    private InstanceContext context(String loginUser) {
        return new InstanceContext("123456789012", "us-east-1", "i-0123456789abcdef0", loginUser, "ec2-user",
                new OsRelease("amzn", "2023", "Amazon Linux 2023.9.20251208"), "172.31.5.10", "x86_64", 1024,
                List.of(new BlockDevice("/dev/xvda", 8, BlockDevice.Kind.EBS, true)), null, files,
                new ManualClock(Instant.parse("2026-01-15T10:00:00Z")));
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
