package io.ec2emulator.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;

/**
 * Tells the internal instance SSH server which instance a loopback connection is for. Every forwarded
 * connection to an instance is a loopback TCP connection from the gateway to that server; the gateway
 * registers the connection's local port before it confirms the channel to the client, so the entry is
 * there before the client can send a byte. The server claims the entry by the session's remote port.
 */
public final class HopTable {

    private static final AttributeKey<Hop> HOP = new AttributeKey<>();

    private final ConcurrentMap<Integer, Hop> byPort = new ConcurrentHashMap<>();

    /** Records that the connection leaving from local {@code address} carries {@code hop}. */
    void register(SocketAddress address, Hop hop) {
        byPort.put(((InetSocketAddress) address).getPort(), hop);
    }

    /** The hop a session of the instance server carries, claimed on first use; empty for a stranger. */
    public Optional<Hop> hopOf(SessionContext context) {
        Hop known = context.getAttribute(HOP);
        if (known != null) {
            return Optional.of(known);
        }
        if (!(context instanceof Session session) || !(session.getIoSession().getRemoteAddress()
                instanceof InetSocketAddress remote)) {
            return Optional.empty();
        }
        Hop hop = byPort.remove(remote.getPort());
        if (hop != null) {
            session.setAttribute(HOP, hop);
        }
        return Optional.ofNullable(hop);
    }

    /** How many connections were registered and not yet claimed (a leak check for tests). */
    int unclaimed() {
        return byPort.size();
    }
}
