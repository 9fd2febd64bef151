package io.ec2emulator.core.vpc;

/** The association of a network ACL with one subnet (every subnet has exactly one). */
public record NetworkAclAssociation(String associationId, String subnetId) {
}
