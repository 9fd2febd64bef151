package io.ec2emulator.core.interfaces;

/**
 * The public IPv4 address mapped to one private address of a network interface: either an address
 * EC2 assigned automatically ({@code allocationId} null, owner {@code amazon}) or an Elastic IP.
 *
 * @param ipOwnerId {@code amazon} for an automatically assigned address, the account id for an Elastic IP
 */
public record PublicIpAssociation(String publicIp, String ipOwnerId, String allocationId, String associationId) {

    public static final String AMAZON = "amazon";

    public static PublicIpAssociation automatic(String publicIp) {
        return new PublicIpAssociation(publicIp, AMAZON, null, null);
    }

    /** Whether EC2 assigned the address itself (it is released on stop and never reusable). */
    public boolean isAutomatic() {
        return allocationId == null;
    }
}
