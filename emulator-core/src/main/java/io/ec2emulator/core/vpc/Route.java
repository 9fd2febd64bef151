package io.ec2emulator.core.vpc;

/**
 * One route of a route table: an IPv4 destination and its target ({@code local} or a gateway id),
 * how it came to be ({@code CreateRouteTable}, {@code CreateRoute}) and whether its target exists
 * ({@code active} or {@code blackhole}).
 */
public record Route(String destinationCidrBlock, String gatewayId, String origin, String state) {
}
