package io.ec2emulator.ssh;

import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.future.DefaultOpenFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.forward.TcpipServerChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code direct-tcpip} channel to an emulated instance's port. When the network model lets the
 * connection through, the channel is connected to the internal instance SSH server instead of the
 * requested address, and the hop is registered for it; when the model drops it, the client waits
 * until the timeout and then hears "Connection timed out", as a TCP connect would; when nothing
 * listens, "Connection refused" at once.
 */
final class InstancePortChannel extends TcpipServerChannel {

    private static final Logger LOG = LoggerFactory.getLogger("io.ec2emulator.ssh");

    private final ForwardingRequests requests;
    private final HopTable hops;
    private final InetSocketAddress instanceServer;
    private final ScheduledExecutorService timer;
    private final long droppedTimeoutMillis;
    private volatile Hop pendingHop;

    InstancePortChannel(ForwardingRequests requests, HopTable hops, InetSocketAddress instanceServer,
            ScheduledExecutorService timer, long droppedTimeoutMillis) {
        super(TcpForwardingFilter.Type.Direct, null);
        this.requests = requests;
        this.hops = hops;
        this.instanceServer = instanceServer;
        this.timer = timer;
        this.droppedTimeoutMillis = droppedTimeoutMillis;
    }

    @Override
    protected OpenFuture doInit(Buffer buffer) {
        String host = buffer.getString();
        int port = buffer.getInt();
        String originatorHost = buffer.getString();
        int originatorPort = buffer.getInt();
        ForwardingRequests.Route route = requests.route(getSession(), host, port);
        AccessDecision decision = route.decision();
        String name = route.target() == null ? host : route.target().instanceId();
        switch (decision.outcome()) {
            case CONNECTED -> {
                pendingHop = route.hop();
                Buffer rewritten = new ByteArrayBuffer();
                rewritten.putString(instanceServer.getHostString());
                rewritten.putInt(instanceServer.getPort());
                rewritten.putString(originatorHost);
                rewritten.putInt(originatorPort);
                return super.doInit(rewritten);
            }
            case REFUSED -> {
                LOG.info("ssh to {} port {} refused: {}", name, port, decision.reason());
                return failed(SshConstants.SSH_OPEN_CONNECT_FAILED, "Connection refused", 0);
            }
            case DROPPED -> {
                LOG.info("ssh to {} port {} refused: {}", name, port, decision.reason());
                return failed(SshConstants.SSH_OPEN_CONNECT_FAILED, "Connection timed out", droppedTimeoutMillis);
            }
            default -> {
                LOG.info("ssh forwarding to {}:{} refused: {}", host, port, decision.reason());
                return failed(SshConstants.SSH_OPEN_ADMINISTRATIVELY_PROHIBITED,
                        "not an emulated instance: " + host, 0);
            }
        }
    }

    private OpenFuture failed(int reasonCode, String message, long afterMillis) {
        DefaultOpenFuture future = new DefaultOpenFuture(this, this);
        ConnectFailureService.explain(getSession(), getRecipient(), message);
        Runnable fail = () -> {
            try {
                future.setException(new SshChannelOpenException(getChannelId(), reasonCode, message));
            } finally {
                close(true);
            }
        };
        if (afterMillis <= 0) {
            fail.run();
        } else {
            timer.schedule(fail, afterMillis, TimeUnit.MILLISECONDS);
        }
        return future;
    }

    @Override
    protected void handleChannelOpenSuccess(OpenFuture future, IoSession session) {
        hops.register(session.getLocalAddress(), pendingHop);
        super.handleChannelOpenSuccess(future, session);
    }
}
