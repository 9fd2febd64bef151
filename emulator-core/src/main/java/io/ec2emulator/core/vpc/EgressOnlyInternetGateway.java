package io.ec2emulator.core.vpc;

/** An egress-only internet gateway: outbound IPv6 for one VPC, attached from creation to deletion. */
public record EgressOnlyInternetGateway(String egressOnlyInternetGatewayId, String vpcId, String ownerId) {
}
