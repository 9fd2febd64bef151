package io.ec2emulator.core.instances;

import io.ec2emulator.core.interfaces.NetworkInterface;
import io.ec2emulator.core.interfaces.PublicIpAssociation;
import io.ec2emulator.core.network.DnsNames;

/**
 * An instance's copy of its primary network interface's facts (for DescribeInstances' top-level
 * fields and its indexed filters). The interface is the one source of truth; this is the only code
 * that writes the copy, whenever the interface changes.
 */
final class PrimaryInterfaceView {

    private PrimaryInterfaceView() {
    }

    static Instance.Builder apply(Instance.Builder builder, NetworkInterface eni, String region) {
        String publicIp = eni.association().map(PublicIpAssociation::publicIp).orElse(null);
        return builder
                .networkInterfaceId(eni.networkInterfaceId())
                .macAddress(eni.macAddress())
                .privateIpAddress(eni.privateIpAddress())
                .privateDnsName(DnsNames.privateName(region, eni.privateIpAddress()))
                .publicIpAddress(publicIp)
                .publicDnsName(publicIp == null ? "" : DnsNames.publicName(region, publicIp))
                .securityGroupIds(eni.groupIds())
                .sourceDestCheck(eni.sourceDestCheck());
    }

    /** A terminated instance's view: its interfaces are gone, so are its public address and DNS names. */
    static Instance.Builder gone(Instance.Builder builder) {
        return builder.publicIpAddress(null).publicDnsName("").privateDnsName("");
    }
}
