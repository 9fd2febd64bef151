package io.ec2emulator.ssh;

import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.reachability.TcpReachability;
import io.ec2emulator.core.reachability.Verdict;
import java.util.Optional;

/**
 * Asks the core's network model whether a TCP connection to an instance's port gets through, and turns
 * the answer into what a client would see: connected, refused (nothing listens: Windows has no SSH
 * server, only port 22 is served) or dropped (it hangs). The rules themselves live in the core's
 * {@link TcpReachability}; this class only knows which question to ask for which origin.
 */
public final class SshAccessPolicy {

    /** The only port an emulated Linux instance listens on. */
    public static final int SSH_PORT = 22;

    private final InstanceDirectory instances;

    public SshAccessPolicy(InstanceDirectory instances) {
        this.instances = instances;
    }

    /** A connection from {@code origin} to port {@code port} of {@code target}. */
    public AccessDecision decide(Origin origin, InstanceRef target, int port) {
        if (origin instanceof Origin.Instance from && !sameRegion(from.source(), target)) {
            return AccessDecision.dropped("no network path from " + from.source() + " to " + target
                    + " (the emulator models peering within one account and region only)");
        }
        return instances.read(target, region -> {
            Optional<Instance> instance = region.instances().resources().get(target.instanceId());
            if (instance.isEmpty()) {
                return AccessDecision.unknown(target.instanceId() + " does not exist");
            }
            TcpReachability network = new TcpReachability(region);
            Verdict verdict = origin instanceof Origin.Internet internet
                    ? network.fromInternet(internet.clientAddress(), target.instanceId(), port)
                    : network.fromInstance(((Origin.Instance) origin).source().instanceId(), target.instanceId(), port);
            if (!verdict.reachable()) {
                return AccessDecision.dropped(verdict.reason());
            }
            if (instance.get().platform() != null && instance.get().platform().equals("windows")) {
                return AccessDecision.refused(target.instanceId() + " is a Windows instance: no SSH server listens on tcp/"
                        + port);
            }
            if (port != SSH_PORT) {
                return AccessDecision.refused("nothing listens on tcp/" + port + " of " + target.instanceId()
                        + " (only tcp/22 is emulated)");
            }
            return AccessDecision.connected();
        });
    }

    private static boolean sameRegion(InstanceRef a, InstanceRef b) {
        return a.accountId().equals(b.accountId()) && a.region().equals(b.region());
    }
}
