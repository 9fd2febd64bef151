package io.ec2emulator.core.addresses;

/**
 * Where an Elastic IP is associated: the interface and private address it maps to, and the instance
 * that interface is attached to (null when none).
 */
public record AddressAssociation(String associationId, String networkInterfaceId, String networkInterfaceOwnerId,
                                 String privateIpAddress, String instanceId) {
}
