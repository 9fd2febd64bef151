package io.ec2emulator.ssh;

import io.ec2emulator.core.Emulator;
import io.ec2emulator.ssh.session.EmulatedCommandFactory;
import io.ec2emulator.ssh.session.EmulatedShellFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.command.CommandFactory;
import org.apache.sshd.server.session.ServerUserAuthServiceFactory;
import org.apache.sshd.server.shell.ShellFactory;

/**
 * The SSH gateway: an Apache sshd server on the gateway port, and behind it one internal server on a
 * loopback port that plays every instance's own SSH server. A client reaches an instance by using the
 * gateway as a jump host ({@code ssh -J}), by a direct login ({@code <user>+<instance>}), or from a
 * session on another instance (a bastion); the network model decides each connection, the instance's
 * key pair and image decide each login, and the instance's shell runs the session.
 */
public final class SshGateway implements AutoCloseable {

    private final SshServer gateway;
    private final SshServer instanceServer;
    private final ScheduledExecutorService timer;
    private final HopTable hops;

    private SshGateway(SshServer gateway, SshServer instanceServer, ScheduledExecutorService timer, HopTable hops) {
        this.gateway = gateway;
        this.instanceServer = instanceServer;
        this.timer = timer;
        this.hops = hops;
    }

    /** Starts the gateway with the emulated shell as every instance's session program. */
    public static SshGateway start(Emulator emulator, SshGatewayOptions options, SettingsStore settings,
            PushedKeys pushed) throws IOException {
        SessionContexts contexts = new SessionContexts(new InstanceDirectory(emulator));
        return start(emulator, options, settings, pushed, new EmulatedShellFactory(contexts),
                new EmulatedCommandFactory(contexts));
    }

    /**
     * Starts the gateway.
     *
     * @param settings where the gateway's host key seed is kept
     * @param pushed   the EC2 Instance Connect keys
     * @param shell    the interactive shell of a login on an instance
     * @param commands the commands of {@code ssh host command} on an instance
     */
    public static SshGateway start(Emulator emulator, SshGatewayOptions options, SettingsStore settings,
            PushedKeys pushed, ShellFactory shell, CommandFactory commands) throws IOException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ssh-gateway-timer");
            thread.setDaemon(true);
            return thread;
        });
        InstanceDirectory instances = new InstanceDirectory(emulator);
        SshAccessPolicy policy = new SshAccessPolicy(instances);
        LoginRules rules = new LoginRules(instances, pushed);
        HopTable hops = new HopTable();
        SessionPrograms programs = new SessionPrograms(shell, commands);
        ForwardingRequests requests = new ForwardingRequests(instances, policy, options.clientAddress());
        long timeout = options.droppedTimeout().toMillis();

        SshServer inner = SshServer.setUpDefaultServer();
        inner.setHost("127.0.0.1");
        inner.setPort(0);
        inner.setKeyPairProvider(new InstanceHostKeyProvider(hops, instances));
        configure(inner, List.of(new UserAuthPublicKeyFactory()), new HopKeyAuthenticator(hops, rules), programs);
        inner.setServiceFactories(List.of(ServerUserAuthServiceFactory.INSTANCE, new ConnectFailureService.Factory()));
        SshServer outer = SshServer.setUpDefaultServer();
        try {
            inner.start();
            InetSocketAddress innerAddress = new InetSocketAddress("127.0.0.1", inner.getPort());
            InstancePortChannelFactory channels = new InstancePortChannelFactory(requests, hops, innerAddress, timer,
                    timeout);
            inner.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE, channels));
            inner.setForwardingFilter(new OnlyToInstancesFilter(innerAddress));

            DirectLoginGate gate = new DirectLoginGate(instances, policy, options.clientAddress(), timer, timeout);
            outer.setHost(options.bindAddress());
            outer.setPort(options.port());
            outer.setKeyPairProvider(GatewayHostKeys.load(settings));
            configure(outer, List.of(new UserAuthPublicKeyFactory()), new GatewayKeyAuthenticator(gate, rules), programs);
            outer.setServiceFactories(List.of(new GatewayUserAuthService.Factory(gate),
                    new ConnectFailureService.Factory()));
            outer.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE, channels));
            outer.setForwardingFilter(new OnlyToInstancesFilter(innerAddress));
            outer.start();
        } catch (IOException | RuntimeException e) {
            stopQuietly(outer);
            stopQuietly(inner);
            timer.shutdownNow();
            throw e;
        }
        return new SshGateway(outer, inner, timer, hops);
    }

    private static void configure(SshServer server, List<UserAuthFactory> auths, PublickeyAuthenticator keys,
            SessionPrograms programs) {
        // Small packets go out at once: with Nagle's algorithm on, the auth answer and the end of an
        // exec channel each waited ~40 ms for the client's delayed ACK (docs/performance.md, "SSH gateway").
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        // The post-quantum hybrid exchanges run in pure Java and cost ~30 ms of CPU per login on each side;
        // the classic curve25519 exchange that Amazon Linux 2023's OpenSSH 8.7 prefers is kept.
        server.setKeyExchangeFactories(server.getKeyExchangeFactories().stream()
                .filter(kex -> !kex.getName().startsWith("sntrup") && !kex.getName().startsWith("mlkem"))
                .toList());
        server.setUserAuthFactories(auths);
        server.setPublickeyAuthenticator(keys);
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setShellFactory(programs);
        server.setCommandFactory(programs);
    }

    /** The port the gateway listens on (the one chosen when 0 was asked for). */
    public int port() {
        return gateway.getPort();
    }

    /** The address the gateway listens on. */
    public String host() {
        return gateway.getHost();
    }

    /** Forwarded connections registered and not yet claimed by the instance server. */
    int unclaimedHops() {
        return hops.unclaimed();
    }

    /** The gateway's host key provider (its public keys go into a client's known_hosts). */
    KeyPairProvider hostKeys() {
        return gateway.getKeyPairProvider();
    }

    @Override
    public void close() {
        stopQuietly(gateway);
        stopQuietly(instanceServer);
        timer.shutdownNow();
    }

    private static void stopQuietly(SshServer server) {
        try {
            server.stop(true);
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
