package io.ec2emulator.core.vpc;

/** An internet gateway, attached to at most one VPC ({@code attachedVpcId} null when detached). */
public record InternetGateway(String internetGatewayId, String attachedVpcId, String ownerId) {
}
