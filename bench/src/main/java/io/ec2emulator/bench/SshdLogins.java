package io.ec2emulator.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * Logins through the gateway with Apache sshd's client, one {@link SshClient} shared by all threads. Each login
 * is a new TCP connection, a full key exchange, public-key authentication with the launch key, then either
 * {@code exec true} or a shell with a PTY until the prompt appears, then a graceful close. The gateway's and
 * the instances' host keys are accepted without checking.
 */
public final class SshdLogins implements AutoCloseable {

    private static final AttributeKey<Long> KEYS_ESTABLISHED = new AttributeKey<>();
    private static final long TIMEOUT_MS = 30_000;

    private final SshClient client;
    private final SshTarget target;
    private final KeyPair key;
    private final Set<Session> openSessions = ConcurrentHashMap.newKeySet();

    public SshdLogins(SshTarget target) throws IOException, GeneralSecurityException {
        this(target, null);
    }

    /**
     * @param kex the only key exchange the client offers (e.g. {@code curve25519-sha256}), or null for sshd's
     *            default list (which puts {@code sntrup761x25519-sha512} and {@code mlkem768x25519-sha256} first)
     */
    public SshdLogins(SshTarget target, String kex) throws IOException, GeneralSecurityException {
        this.target = target;
        this.key = loadKey(target);
        client = SshClient.setUpDefaultClient();
        if (kex != null) {
            List<KeyExchangeFactory> only = client.getKeyExchangeFactories().stream()
                    .filter(f -> f.getName().equals(kex)).toList();
            if (only.isEmpty()) {
                throw new IllegalArgumentException("the sshd client does not offer the key exchange " + kex);
            }
            client.setKeyExchangeFactories(only);
        }
        // Nagle's algorithm on the client would add its own ~40 ms stalls (against the server's delayed ACKs);
        // the benchmark measures the gateway, so the client sends at once, as OpenSSH does in interactive sessions.
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.setServerKeyVerifier((session, remote, serverKey) -> true);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                openSessions.add(session);
            }

            @Override
            public void sessionClosed(Session session) {
                openSessions.remove(session);
            }

            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.KeyEstablished && session.getAttribute(KEYS_ESTABLISHED) == null) {
                    session.setAttribute(KEYS_ESTABLISHED, System.nanoTime());
                }
            }
        });
        client.start();
    }

    private static KeyPair loadKey(SshTarget target) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(target.keyFile())) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(target.keyFile().toString()), in, FilePasswordProvider.EMPTY);
            Iterator<KeyPair> it = keys == null ? null : keys.iterator();
            if (it == null || !it.hasNext()) {
                throw new IOException("no key in " + target.keyFile());
            }
            return it.next();
        }
    }

    /** {@code ssh -p PORT ec2-user+i-...@127.0.0.1 true}. */
    public LoginTiming direct() throws IOException, InterruptedException {
        long start = System.nanoTime();
        ClientSession session = client.connect(target.directUser(), "127.0.0.1", target.gatewayPort())
                .verify(TIMEOUT_MS).getSession();
        return execTrue(session, start, System.nanoTime());
    }

    /**
     * {@code ssh -J jump@127.0.0.1:PORT ec2-user@PUBLIC_IP true}: sshd's ProxyJump support connects to the
     * gateway as {@code jump} (the {@code none} method is enough), opens a {@code direct-tcpip} channel to port
     * 22 of the public address and runs the instance's SSH session inside it. "connect" then covers the whole
     * hop: TCP, the gateway's key exchange, its authentication and the channel.
     */
    public LoginTiming jump() throws IOException, InterruptedException {
        long start = System.nanoTime();
        HostConfigEntry entry = new HostConfigEntry(target.publicIp(), target.publicIp(), 22, target.osUser());
        entry.setProxyJump("jump@127.0.0.1:" + target.gatewayPort());
        ClientSession session = client.connect(entry, null, null).verify(TIMEOUT_MS).getSession();
        return execTrue(session, start, System.nanoTime());
    }

    /** A direct login that opens a shell with an {@code xterm} PTY and waits for the prompt. */
    public LoginTiming firstPrompt(StringBuilder promptSeen) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ClientSession session = client.connect(target.directUser(), "127.0.0.1", target.gatewayPort())
                .verify(TIMEOUT_MS).getSession();
        long connected = System.nanoTime();
        try {
            session.addPublicKeyIdentity(key);
            session.auth().verify(TIMEOUT_MS);
            long authed = System.nanoTime();
            PromptWatcher out = new PromptWatcher();
            long prompt;
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setUsePty(true);
                shell.setPtyType("xterm");
                shell.setOut(out);
                shell.setErr(out);
                shell.open().verify(TIMEOUT_MS);
                prompt = out.await(TIMEOUT_MS);
                if (prompt < 0) {
                    throw new IOException("no prompt within " + TIMEOUT_MS + " ms; the shell wrote: " + out.text());
                }
            }
            if (promptSeen != null && promptSeen.isEmpty()) {
                promptSeen.append(out.lastLine());
            }
            long keys = keysEstablished(session, connected);
            session.close(false).await(TIMEOUT_MS);
            long closed = System.nanoTime();
            return new LoginTiming(prompt - start, connected - start, keys < 0 ? -1 : keys - connected,
                    keys < 0 ? -1 : authed - keys, prompt - authed, closed - prompt);
        } finally {
            session.close(true);
        }
    }

    /** What a direct login negotiated: key exchange, host key, cipher (client to server). */
    public String negotiated() throws IOException {
        ClientSession session = client.connect(target.directUser(), "127.0.0.1", target.gatewayPort())
                .verify(TIMEOUT_MS).getSession();
        try {
            session.addPublicKeyIdentity(key);
            session.auth().verify(TIMEOUT_MS);
            return "kex " + session.getNegotiatedKexParameter(KexProposalOption.ALGORITHMS)
                    + ", host key " + session.getNegotiatedKexParameter(KexProposalOption.SERVERKEYS)
                    + ", cipher " + session.getNegotiatedKexParameter(KexProposalOption.C2SENC)
                    + ", MAC " + session.getNegotiatedKexParameter(KexProposalOption.C2SMAC)
                    + ", user key " + KeyUtils.getKeyType(key.getPublic());
        } finally {
            session.close(true);
        }
    }

    /** Sessions the client still holds (a login that leaks its jump session shows here). */
    public int activeSessions() {
        return openSessions.size();
    }

    private LoginTiming execTrue(ClientSession session, long start, long connected)
            throws IOException, InterruptedException {
        try {
            session.addPublicKeyIdentity(key);
            session.auth().verify(TIMEOUT_MS);
            long authed = System.nanoTime();
            try (ChannelExec exec = session.createExecChannel("true")) {
                exec.setOut(OutputStream.nullOutputStream());
                exec.setErr(OutputStream.nullOutputStream());
                exec.open().verify(TIMEOUT_MS);
                Set<ClientChannelEvent> events = exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT_MS);
                if (!events.contains(ClientChannelEvent.CLOSED)) {
                    throw new IOException("exec true not closed within " + TIMEOUT_MS + " ms: " + events);
                }
                Integer status = exec.getExitStatus();
                if (status == null || status != 0) {
                    throw new IOException("exec true ended with exit status " + status);
                }
            }
            long executed = System.nanoTime();
            long keys = keysEstablished(session, connected);
            session.close(false).await(TIMEOUT_MS);
            long closed = System.nanoTime();
            return new LoginTiming(closed - start, connected - start, keys < 0 ? -1 : keys - connected,
                    keys < 0 ? -1 : authed - keys, executed - authed, closed - executed);
        } finally {
            session.close(true);
        }
    }

    private static long keysEstablished(ClientSession session, long connected) {
        Long at = session.getAttribute(KEYS_ESTABLISHED);
        return at == null || at < connected ? -1 : at;
    }

    @Override
    public void close() throws IOException {
        client.stop();
        client.close();
    }
}
