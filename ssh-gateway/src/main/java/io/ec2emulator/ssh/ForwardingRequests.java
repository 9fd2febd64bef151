package io.ec2emulator.ssh;

import io.ec2emulator.core.network.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.sshd.common.session.Session;

/**
 * Decides where a forwarding request ({@code ssh -J}, {@code ssh -W}, {@code direct-tcpip}) goes. From the
 * gateway, a client is on the internet and names an instance by its public address; from a session on an
 * instance (a bastion), it names another instance by its private address. The network model then says
 * whether the connection gets through.
 */
public final class ForwardingRequests {

    /**
     * A decision and, when it connects, the hop to hand to the instance's SSH server.
     *
     * @param target the instance named, or null when the address is not an instance's
     */
    public record Route(AccessDecision decision, InstanceRef target, Hop hop) {
    }

    /** RFC 1918 private ranges and RFC 6598 shared address space: never reachable from the internet. */
    private static final List<Ipv4.Block> PRIVATE_BLOCKS = Stream.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "100.64.0.0/10").map(Ipv4.Block::parse).toList();

    private final InstanceDirectory instances;
    private final SshAccessPolicy policy;
    private final String clientAddress;

    public ForwardingRequests(InstanceDirectory instances, SshAccessPolicy policy, String clientAddress) {
        this.instances = instances;
        this.policy = policy;
        this.clientAddress = clientAddress;
    }

    /** Where a connection to {@code host:port} requested on {@code session} goes. */
    public Route route(Session session, String host, int port) {
        Login login = session.getAttribute(Login.KEY);
        Origin origin = login == null ? new Origin.Internet(clientAddress) : new Origin.Instance(login.instance());
        Optional<InstanceRef> target = origin instanceof Origin.Instance from
                ? instances.byPrivateAddress(from.source(), host)
                : instances.byPublicAddress(host);
        if (target.isEmpty()) {
            return new Route(unknownTarget(origin, host), null, null);
        }
        AccessDecision decision = policy.decide(origin, target.get(), port);
        Hop hop = decision.outcome() == AccessDecision.Outcome.CONNECTED ? new Hop(target.get(), origin) : null;
        return new Route(decision, target.get(), hop);
    }

    private AccessDecision unknownTarget(Origin origin, String host) {
        if (origin instanceof Origin.Instance from) {
            if (instances.byPublicAddress(host).isPresent()) {
                return AccessDecision.dropped("connections from " + from.source().instanceId()
                        + " to a public address are not emulated; use the private address of " + host);
            }
            return AccessDecision.dropped("no instance has the private address " + host + " in the VPC of "
                    + from.source().instanceId() + " or a peered VPC");
        }
        if (instances.inPublicPool(host)) {
            return AccessDecision.dropped("no running instance holds the public address " + host);
        }
        if (InstanceDirectory.isIpv4(host) && isPrivate(host)) {
            return AccessDecision.dropped(host + " is a private address: the internet has no route to it");
        }
        return AccessDecision.unknown(host + " is not the public address or public DNS name of an emulated instance");
    }

    private static boolean isPrivate(String address) {
        long ip = Ipv4.parse(address);
        return PRIVATE_BLOCKS.stream().anyMatch(block -> block.contains(ip));
    }
}
