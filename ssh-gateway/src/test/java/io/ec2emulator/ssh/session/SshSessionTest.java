package io.ec2emulator.ssh.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The factories behind a real sshd server, driven by sshd's client: exec, an interactive PTY shell, root's notice. */
class SshSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static TestServer server;
    private static SshClient client;
    private static KeyPair key;

    @BeforeAll
    static void start() throws IOException, GeneralSecurityException {
        server = new TestServer();
        client = SshClient.setUpDefaultClient();
        client.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        key = generator.generateKeyPair();
    }

    @AfterAll
    static void stop() throws IOException {
        client.stop();
        server.close();
    }

    private static ClientSession login(String user) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", server.port()).verify(TIMEOUT).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(TIMEOUT);
        return session;
    }

    /** What {@code ssh host 'command'} prints and its status. */
    private record Exec(String out, String err, Integer status) {
    }

    private static Exec exec(String user, String command) throws IOException {
        try (ClientSession session = login(user); ChannelExec channel = session.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            return new Exec(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    channel.getExitStatus());
        }
    }

    @Test
    void execRunsTheCommandLineWithSeparateStreamsAndStatus() throws IOException {
        assertEquals(new Exec("ec2-user\n", "bash: line 1: nope: command not found\n", 127),
                exec("ec2-user", "whoami; nope"));
        assertEquals(new Exec("", "", 4), exec("ec2-user", "exit 4"));
    }

    @Test
    void filesWrittenInOneSessionAreThereInTheNext() throws IOException {
        assertEquals(0, exec("ec2-user", "echo persisted > ~/state.txt").status());
        assertEquals(new Exec("persisted\n", "", 0), exec("ec2-user", "cat state.txt"));
    }

    @Test
    void rootIsAskedToLogInAsTheDefaultUser() throws IOException {
        assertEquals(new Exec("Please login as the user \"ec2-user\" rather than the user \"root\".\n\n", "", 142),
                exec("root", "whoami"));
    }

    @Test
    void anInteractiveShellWithATerminal() throws IOException {
        try (ClientSession session = login("ec2-user"); ChannelShell channel = session.createShellChannel()) {
            channel.setPtyType("xterm");
            channel.setPtyColumns(80);
            PipedOutputStream typing = new PipedOutputStream();
            channel.setIn(new PipedInputStream(typing));
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            channel.setOut(screen);
            channel.setErr(screen);
            channel.open().verify(TIMEOUT);
            typing.write("whoami\rcd /tmp\rexit 3\r".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            String text = screen.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("Amazon Linux 2023\r\n"), text);
            assertTrue(text.contains("[ec2-user@ip-172-31-5-10 ~]$ whoami\r\nec2-user\r\n"), text);
            assertTrue(text.contains("[ec2-user@ip-172-31-5-10 tmp]$ exit 3\r\nlogout\r\n"), text);
            assertEquals(3, channel.getExitStatus());
        }
    }

    @Test
    void aShellWithoutTerminalReadsCommandsFromInput() throws IOException {
        try (ClientSession session = login("ec2-user"); ChannelShell channel = session.createShellChannel()) {
            channel.setUsePty(false);
            PipedOutputStream typing = new PipedOutputStream();
            channel.setIn(new PipedInputStream(typing));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(TIMEOUT);
            typing.write("pwd\nnope\nexit 6\n".getBytes(StandardCharsets.UTF_8));
            typing.flush();
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            assertEquals("/home/ec2-user\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("bash: line 2: nope: command not found\n", err.toString(StandardCharsets.UTF_8));
            assertEquals(6, channel.getExitStatus());
        }
    }
}
