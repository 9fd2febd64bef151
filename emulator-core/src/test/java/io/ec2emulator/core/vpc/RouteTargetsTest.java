package io.ec2emulator.core.vpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.ManualClock;
import io.ec2emulator.core.state.AccountRegion;
import io.ec2emulator.core.state.RegionState;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Route states follow their targets through {@link RouteTargets#refresh}, inside the region's transactions. */
class RouteTargetsTest {

    private final RegionState region = new RegionState(new AccountRegion("123456789012", "us-east-1"),
            new ManualClock(Instant.parse("2026-01-01T00:00:00Z")));

    private <T> T tx(Supplier<T> action) {
        return region.transact(false, action);
    }

    private Route route(String tableId, String destination) {
        return region.networking().routeTables().require(tableId).routes().stream()
                .filter(r -> destination.equals(r.destination())).findFirst().orElseThrow();
    }

    @Test
    void routesFollowTheirGatewaysAndFailedCallsLeaveThemAlone() {
        String vpcId = tx(() -> new Vpcs(region).create("10.0.0.0/16", List.of())).vpcId();
        String tableId = tx(() -> new RouteTables(region).create(vpcId, List.of(), null)).routeTableId();
        String igw = tx(() -> new InternetGateways(region).create(List.of())).internetGatewayId();
        tx(() -> {
            new InternetGateways(region).attach(igw, vpcId);
            return null;
        });
        tx(() -> new RouteTables(region).createRoute(tableId, "0.0.0.0/0", null,
                new RouteTarget(igw, null, null, null, null)));
        assertEquals(Route.ACTIVE, route(tableId, "0.0.0.0/0").state());

        tx(() -> {
            new InternetGateways(region).detach(igw, vpcId);
            return null;
        });
        assertEquals(Route.BLACKHOLE, route(tableId, "0.0.0.0/0").state());

        assertThrows(Ec2Error.class, () -> tx(() -> {
            new InternetGateways(region).attach(igw, vpcId);
            throw Ec2Error.invalidParameterValue("a later step fails");
        }));
        assertEquals(Route.BLACKHOLE, route(tableId, "0.0.0.0/0").state());

        String eigw = tx(() -> new EgressOnlyInternetGateways(region).create(vpcId, List.of(), null))
                .egressOnlyInternetGatewayId();
        tx(() -> new VpcCidrBlocks(region).associateAmazonIpv6(vpcId));
        tx(() -> new RouteTables(region).createRoute(tableId, null, "::/0",
                new RouteTarget(null, eigw, null, null, null)));
        assertEquals(Route.ACTIVE, route(tableId, "::/0").state());
        tx(() -> {
            region.networking().egressOnlyInternetGateways().remove(eigw);
            RouteTargets.refresh(region, eigw);
            return null;
        });
        assertEquals(Route.BLACKHOLE, route(tableId, "::/0").state());
        assertEquals(Route.ACTIVE, route(tableId, "10.0.0.0/16").state());
    }
}
