package io.ec2emulator.core.interfaces;

/**
 * One private IPv4 address of a network interface and the public address mapped to it, if any.
 *
 * @param association null when no public address is mapped
 */
public record InterfacePrivateIp(String address, boolean primary, PublicIpAssociation association) {

    public InterfacePrivateIp withAssociation(PublicIpAssociation value) {
        return new InterfacePrivateIp(address, primary, value);
    }
}
