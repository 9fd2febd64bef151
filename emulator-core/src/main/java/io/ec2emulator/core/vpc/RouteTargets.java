package io.ec2emulator.core.vpc;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.instances.Instance;
import io.ec2emulator.core.instances.InstanceState;
import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.natgateways.NatGateway;
import io.ec2emulator.core.peering.VpcPeeringConnection;
import io.ec2emulator.core.state.RegionState;
import java.util.List;
import java.util.Map;

/**
 * What a route may point at and whether that target can carry traffic. Every family whose resources
 * can be route targets calls {@link #refresh} after a change of one of them, so that the routes to it
 * turn {@code active} or {@code blackhole}.
 *
 * <p>A target kind plugs in at two places: {@link #resolve} (the checks CreateRoute and ReplaceRoute
 * make) and {@link #isUsable} (whether the target carries traffic now).
 */
public final class RouteTargets {

    private RouteTargets() {
    }

    /**
     * Recomputes the state of every route of the region that points at {@code targetId} (an internet
     * gateway, egress-only gateway, NAT gateway, network interface, instance or VPC peering connection id).
     */
    public static void refresh(RegionState region, String targetId) {
        Networking net = region.networking();
        for (RouteTable table : List.copyOf(net.routeTables().all())) {
            if (table.routes().stream().noneMatch(r -> r.targetIds().contains(targetId))) {
                continue;
            }
            List<Route> routes = table.routes().stream()
                    .map(r -> r.targetIds().contains(targetId) ? r.withState(stateOf(region, table.vpcId(), r)) : r)
                    .toList();
            if (!routes.equals(table.routes())) {
                net.routeTables().put(table.withRoutes(routes));
            }
        }
    }

    /** {@code active} when the route's target carries traffic for the VPC, {@code blackhole} otherwise. */
    static String stateOf(RegionState region, String vpcId, Route route) {
        if (route.isLocal()) {
            return Route.ACTIVE;
        }
        // A route to an instance also names the instance's interface: the instance decides.
        String target = route.instanceId() != null ? route.instanceId() : route.targetIds().get(0);
        return isUsable(region, vpcId, target) ? Route.ACTIVE : Route.BLACKHOLE;
    }

    /**
     * Whether the target exists and serves the VPC: an attached gateway, a NAT gateway that is
     * pending or available, an attached network interface, an instance that is not terminated, an
     * active peering connection of the VPC.
     */
    static boolean isUsable(RegionState region, String vpcId, String targetId) {
        Networking net = region.networking();
        if (targetId.startsWith("igw-")) {
            return net.internetGateways().get(targetId).map(g -> vpcId.equals(g.attachedVpcId())).orElse(false);
        }
        if (targetId.startsWith("eigw-")) {
            return net.egressOnlyInternetGateways().get(targetId).map(g -> vpcId.equals(g.vpcId())).orElse(false);
        }
        if (targetId.startsWith("i-")) {
            return region.instances().resources().get(targetId)
                    .map(i -> i.state() != InstanceState.TERMINATED && i.state() != InstanceState.SHUTTING_DOWN)
                    .orElse(false);
        }
        if (targetId.startsWith("nat-")) {
            return region.natGateways().resources().get(targetId).map(RouteTargets::routes).orElse(false);
        }
        if (targetId.startsWith("pcx-")) {
            return region.peering().resources().get(targetId).filter(c -> c.isActive() && c.joins(vpcId))
                    .isPresent();
        }
        if (targetId.startsWith("eni-")) {
            return region.networkInterfaces().resources().get(targetId).map(n -> n.attachment() != null)
                    .orElse(false);
        }
        return false;
    }

    /**
     * The route CreateRoute or ReplaceRoute makes: the request's one target, checked against the table's
     * VPC, with its current state. One of the two destinations is set.
     */
    static Route resolve(RegionState region, RouteTable table, String destinationCidrBlock,
                         String destinationIpv6CidrBlock, RouteTarget target) {
        Map<String, String> given = target.given();
        if (given.isEmpty()) {
            throw Ec2Error.missingParameter("gatewayId, egressOnlyInternetGatewayId, natGatewayId, "
                    + "networkInterfaceId, instanceId or vpcPeeringConnectionId");
        }
        if (given.size() > 1) {
            throw Ec2Error.invalidParameterCombination("The parameter " + String.join(" and ", given.keySet())
                    + " cannot be used together. Specify exactly one route target.");
        }
        Networking net = region.networking();
        String vpcId = table.vpcId();
        String gw = null;
        String eigw = null;
        String nat = null;
        String eni = null;
        String instanceId = null;
        String owner = null;
        String pcx = null;
        if (target.gatewayId() != null && target.gatewayId().startsWith("eigw-")) {
            // EC2 takes an egress-only gateway given as GatewayId, and reports it as one.
            return resolve(region, table, destinationCidrBlock, destinationIpv6CidrBlock,
                    new RouteTarget(null, target.gatewayId(), null, null, null));
        }
        if (target.gatewayId() != null && (target.gatewayId().startsWith("vgw-")
                || target.gatewayId().startsWith("vpce-"))) {
            throw new Ec2Error("NotImplemented", "Virtual private gateways and gateway endpoints as route targets "
                    + "are valid in the EC2 API but not implemented by this emulator yet", 501);
        }
        if (target.gatewayId() != null && !target.gatewayId().isEmpty()) {
            if (Route.LOCAL.equals(target.gatewayId())) {
                throw Ec2Error.invalidParameterValue("The target 'local' can only be used by the local route of "
                        + "route table " + table.routeTableId());
            }
            InternetGateway gateway = net.internetGateways().require(target.gatewayId());
            if (!vpcId.equals(gateway.attachedVpcId())) {
                throw differentNetworks(table, "network gateway", gateway.internetGatewayId());
            }
            gw = gateway.internetGatewayId();
        } else if (target.egressOnlyInternetGatewayId() != null) {
            EgressOnlyInternetGateway gateway = net.egressOnlyInternetGateways()
                    .require(target.egressOnlyInternetGatewayId());
            if (destinationIpv6CidrBlock == null) {
                throw Ec2Error.invalidParameterCombination("The parameter egressOnlyInternetGatewayId can only be "
                        + "used with destinationIpv6CidrBlock.");
            }
            if (!vpcId.equals(gateway.vpcId())) {
                throw differentNetworks(table, "network gateway", gateway.egressOnlyInternetGatewayId());
            }
            eigw = gateway.egressOnlyInternetGatewayId();
        } else if (target.instanceId() != null) {
            Instance instance = region.instances().requireAll(List.of(target.instanceId())).get(0);
            if (instance.state() == InstanceState.TERMINATED || instance.state() == InstanceState.SHUTTING_DOWN) {
                throw Ec2Error.client("IncorrectInstanceState", "The instance '" + instance.instanceId()
                        + "' is not in a state from which it can be used as a route target.");
            }
            if (!vpcId.equals(instance.vpcId())) {
                throw differentNetworks(table, "interface", instance.networkInterfaceId());
            }
            instanceId = instance.instanceId();
            owner = instance.ownerId();
            eni = instance.networkInterfaceId();
        } else if (target.natGatewayId() != null) {
            NatGateway gateway = region.natGateways().resources().require(target.natGatewayId());
            if (!routes(gateway)) {
                throw region.natGateways().resources().kind().notFound(gateway.natGatewayId());
            }
            if (!vpcId.equals(gateway.vpcId())) {
                throw differentNetworks(table, "NAT gateway", gateway.natGatewayId());
            }
            nat = gateway.natGatewayId();
        } else if (target.vpcPeeringConnectionId() != null) {
            VpcPeeringConnection connection = region.peering().resources().require(target.vpcPeeringConnectionId());
            if (!connection.isLive()) {
                throw region.peering().resources().kind().notFound(connection.vpcPeeringConnectionId());
            }
            if (!connection.joins(vpcId)) {
                throw differentNetworks(table, "VPC peering connection", connection.vpcPeeringConnectionId());
            }
            pcx = connection.vpcPeeringConnectionId();
        } else {
            NetworkInterface networkInterface = region.networkInterfaces().require(target.networkInterfaceId());
            if (!vpcId.equals(networkInterface.vpcId())) {
                throw differentNetworks(table, "interface", networkInterface.networkInterfaceId());
            }
            eni = networkInterface.networkInterfaceId();
            if (networkInterface.attachment() != null) {
                instanceId = networkInterface.attachment().instanceId();
                owner = networkInterface.attachment().instanceOwnerId();
            }
        }
        Route route = new Route(destinationCidrBlock, destinationIpv6CidrBlock, gw, eigw, nat, eni, instanceId, owner,
                pcx, "CreateRoute", Route.ACTIVE);
        return route.withState(stateOf(region, vpcId, route));
    }

    /** A NAT gateway carries traffic from its creation until it is deleted or has failed. */
    private static boolean routes(NatGateway gateway) {
        return gateway.state().equals(NatGateway.PENDING) || gateway.state().equals(NatGateway.AVAILABLE);
    }

    private static Ec2Error differentNetworks(RouteTable table, String what, String id) {
        return Ec2Error.invalidParameterValue("route table " + table.routeTableId() + " and " + what + " " + id
                + " belong to different networks");
    }
}
