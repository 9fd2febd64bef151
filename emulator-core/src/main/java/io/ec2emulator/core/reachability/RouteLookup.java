package io.ec2emulator.core.reachability;

import io.ec2emulator.core.network.Ipv4;
import io.ec2emulator.core.vpc.Route;
import io.ec2emulator.core.vpc.RouteTable;
import java.util.Optional;

/** The route a subnet's traffic to one IPv4 address takes: the most specific matching route wins. */
final class RouteLookup {

    private RouteLookup() {
    }

    static Optional<Route> routeTo(RouteTable table, long address) {
        Route best = null;
        int bestPrefix = -1;
        for (Route route : table.routes()) {
            if (route.destinationCidrBlock() == null) {
                continue;
            }
            Ipv4.Block block = Ipv4.Block.parse(route.destinationCidrBlock());
            if (block.contains(address) && block.prefix() > bestPrefix) {
                best = route;
                bestPrefix = block.prefix();
            }
        }
        return Optional.ofNullable(best);
    }
}
