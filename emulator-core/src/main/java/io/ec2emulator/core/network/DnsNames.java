package io.ec2emulator.core.network;

/** The DNS names EC2 gives instances, in its regional formats. */
public final class DnsNames {

    private DnsNames() {
    }

    /** {@code ip-172-31-5-10.ec2.internal} in us-east-1, {@code ip-….<region>.compute.internal} elsewhere. */
    public static String privateName(String region, String privateIp) {
        String host = "ip-" + privateIp.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    /** {@code ec2-3-91-1-2.compute-1.amazonaws.com} in us-east-1, {@code ec2-….<region>.compute.amazonaws.com} elsewhere. */
    public static String publicName(String region, String publicIp) {
        String host = "ec2-" + publicIp.replace('.', '-');
        return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
    }
}
