package io.ec2emulator.core.vpc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The target a CreateRoute or ReplaceRoute request names, one field per kind as in the request;
 * exactly one must be given. {@link RouteTargets#resolve} checks it against the route table.
 */
public record RouteTarget(String gatewayId, String egressOnlyInternetGatewayId, String natGatewayId,
                          String networkInterfaceId, String instanceId, String vpcPeeringConnectionId) {

    /** A target of the kinds before VPC peering (no peering connection). */
    public RouteTarget(String gatewayId, String egressOnlyInternetGatewayId, String natGatewayId,
                       String networkInterfaceId, String instanceId) {
        this(gatewayId, egressOnlyInternetGatewayId, natGatewayId, networkInterfaceId, instanceId, null);
    }

    /** The targets given, by their request parameter name, in the order EC2 lists them. */
    Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "gatewayId", gatewayId);
        put(given, "egressOnlyInternetGatewayId", egressOnlyInternetGatewayId);
        put(given, "natGatewayId", natGatewayId);
        put(given, "networkInterfaceId", networkInterfaceId);
        put(given, "instanceId", instanceId);
        put(given, "vpcPeeringConnectionId", vpcPeeringConnectionId);
        return given;
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isEmpty()) {
            given.put(name, value);
        }
    }
}
