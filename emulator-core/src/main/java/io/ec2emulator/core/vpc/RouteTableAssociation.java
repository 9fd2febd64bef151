package io.ec2emulator.core.vpc;

/** A route table's association: the VPC's main association (no subnet) or one subnet. */
public record RouteTableAssociation(String associationId, String subnetId, boolean main) {
}
