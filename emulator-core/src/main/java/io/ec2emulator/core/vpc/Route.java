package io.ec2emulator.core.vpc;

import java.util.ArrayList;
import java.util.List;

/**
 * One route of a route table: an IPv4 or IPv6 destination, its target in the field of its kind
 * ({@code gatewayId} holds an internet gateway or {@code local}, {@code vpcPeeringConnectionId} a
 * peering connection), how it came to be
 * ({@code CreateRouteTable}, {@code CreateRoute}) and whether its target can carry traffic
 * ({@code active} or {@code blackhole}; {@link RouteTargets} decides).
 *
 * @param instanceOwnerId the account of {@code instanceId}, shown with it
 */
public record Route(String destinationCidrBlock, String destinationIpv6CidrBlock, String gatewayId,
                    String egressOnlyInternetGatewayId, String natGatewayId, String networkInterfaceId,
                    String instanceId, String instanceOwnerId, String vpcPeeringConnectionId, String origin,
                    String state) {

    public static final String LOCAL = "local";
    public static final String ACTIVE = "active";
    public static final String BLACKHOLE = "blackhole";

    /** The local route of one of the VPC's IPv4 blocks. */
    public static Route localIpv4(String cidrBlock) {
        return new Route(cidrBlock, null, LOCAL, null, null, null, null, null, null, "CreateRouteTable", ACTIVE);
    }

    /** The local route of the VPC's IPv6 block. */
    public static Route localIpv6(String ipv6CidrBlock) {
        return new Route(null, ipv6CidrBlock, LOCAL, null, null, null, null, null, null, "CreateRouteTable", ACTIVE);
    }

    /** A route made by CreateRoute to an internet gateway ({@code active} until {@link RouteTargets} says otherwise). */
    public static Route toGateway(String destinationCidrBlock, String gatewayId) {
        return new Route(destinationCidrBlock, null, gatewayId, null, null, null, null, null, null, "CreateRoute", ACTIVE);
    }

    public boolean isLocal() {
        return LOCAL.equals(gatewayId);
    }

    /** The destination, IPv4 or IPv6, as given. */
    public String destination() {
        return destinationCidrBlock != null ? destinationCidrBlock : destinationIpv6CidrBlock;
    }

    /** The ids of the resources this route depends on (not {@code local}). */
    public List<String> targetIds() {
        List<String> ids = new ArrayList<>();
        if (gatewayId != null && !isLocal()) {
            ids.add(gatewayId);
        }
        for (String id : new String[] {egressOnlyInternetGatewayId, natGatewayId, networkInterfaceId, instanceId,
                vpcPeeringConnectionId}) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    public Route withState(String newState) {
        return new Route(destinationCidrBlock, destinationIpv6CidrBlock, gatewayId, egressOnlyInternetGatewayId,
                natGatewayId, networkInterfaceId, instanceId, instanceOwnerId, vpcPeeringConnectionId, origin, newState);
    }

    /** This route's destination with another route's target (ReplaceRoute). */
    public Route withTargetOf(Route other) {
        return new Route(destinationCidrBlock, destinationIpv6CidrBlock, other.gatewayId,
                other.egressOnlyInternetGatewayId, other.natGatewayId, other.networkInterfaceId, other.instanceId,
                other.instanceOwnerId, other.vpcPeeringConnectionId, "CreateRoute", other.state);
    }
}
