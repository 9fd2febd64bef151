package io.ec2emulator.ssh;

import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.forward.TcpipServerChannel;

/** Makes an {@link InstancePortChannel} for every {@code direct-tcpip} channel a client opens. */
final class InstancePortChannelFactory extends TcpipServerChannel.TcpipFactory {

    private final ForwardingRequests requests;
    private final HopTable hops;
    private final InetSocketAddress instanceServer;
    private final ScheduledExecutorService timer;
    private final long droppedTimeoutMillis;

    InstancePortChannelFactory(ForwardingRequests requests, HopTable hops, InetSocketAddress instanceServer,
            ScheduledExecutorService timer, long droppedTimeoutMillis) {
        super(TcpForwardingFilter.Type.Direct);
        this.requests = requests;
        this.hops = hops;
        this.instanceServer = instanceServer;
        this.timer = timer;
        this.droppedTimeoutMillis = droppedTimeoutMillis;
    }

    @Override
    public Channel createChannel(Session session) {
        return new InstancePortChannel(requests, hops, instanceServer, timer, droppedTimeoutMillis);
    }
}
