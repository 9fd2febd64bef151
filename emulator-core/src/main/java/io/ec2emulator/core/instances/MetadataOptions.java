package io.ec2emulator.core.instances;

/**
 * The instance metadata service options of an instance: IMDSv2 tokens {@code optional} or
 * {@code required}, the PUT response hop limit (1–64), the endpoint and its IPv6 endpoint
 * {@code enabled}/{@code disabled}, and whether tags are readable from metadata.
 */
public record MetadataOptions(String httpTokens, int httpPutResponseHopLimit, String httpEndpoint,
                              String httpProtocolIpv6, String instanceMetadataTags) {

    /** EC2's defaults; images with {@code ImdsSupport=v2.0} require tokens and allow two hops. */
    public static MetadataOptions defaultsFor(String imdsSupport) {
        boolean v2 = "v2.0".equals(imdsSupport);
        return new MetadataOptions(v2 ? "required" : "optional", v2 ? 2 : 1, "enabled", "disabled", "disabled");
    }
}
