package io.ec2emulator.core.addresses;

/**
 * One Elastic IP address ({@code eipalloc-…}) of an account. Where it is associated is not stored
 * here: the network interface it is mapped to holds the association (see {@link ElasticIps#associationOf}).
 *
 * @param domain always {@code vpc}
 */
public record ElasticIp(String allocationId, String publicIp, String domain, String ownerId, String networkBorderGroup) {
}
