package io.ec2emulator.ssh;

import java.net.InetSocketAddress;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.ForwardingFilter;

/**
 * Allows only what {@link InstancePortChannel} asks for, a local connection to the instance SSH server;
 * agent and X11 forwarding and remote port forwarding ({@code ssh -R}) are refused.
 */
final class OnlyToInstancesFilter implements ForwardingFilter {

    private final InetSocketAddress instanceServer;

    OnlyToInstancesFilter(InetSocketAddress instanceServer) {
        this.instanceServer = instanceServer;
    }

    @Override
    public boolean canForwardAgent(Session session, String requestType) {
        return false;
    }

    @Override
    public boolean canForwardX11(Session session, String requestType) {
        return false;
    }

    @Override
    public boolean canListen(SshdSocketAddress address, Session session) {
        return false;
    }

    @Override
    public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
        return type == Type.Direct && address.getPort() == instanceServer.getPort()
                && address.getHostName().equals(instanceServer.getHostString());
    }
}
