package io.ec2emulator.core.instancetypes;

import java.util.List;
import java.util.Objects;

/**
 * The networking of an instance type ({@code NetworkInfo}).
 *
 * @param networkPerformance           for example {@code Up to 5 Gigabit} or {@code 25 Gigabit}
 * @param maximumNetworkInterfaces     network interfaces per instance
 * @param maximumNetworkCards          network cards per instance
 * @param defaultNetworkCardIndex      the index of the default network card
 * @param networkCards                 the network cards
 * @param ipv4AddressesPerInterface    private IPv4 addresses per interface
 * @param ipv6AddressesPerInterface    IPv6 addresses per interface
 * @param ipv6Supported                whether IPv6 is supported
 * @param enaSupport                   {@code required}, {@code supported} or {@code unsupported}
 * @param efaSupported                 whether Elastic Fabric Adapter is supported
 * @param maximumEfaInterfaces         EFA interfaces per instance, or null without EFA
 * @param encryptionInTransitSupported whether traffic between instances is encrypted automatically
 * @param enaSrdSupported              whether ENA Express is supported
 * @param flexibleEnaQueuesSupport     {@code supported} or {@code unsupported}
 */
public record NetworkInfo(
        String networkPerformance,
        int maximumNetworkInterfaces,
        int maximumNetworkCards,
        int defaultNetworkCardIndex,
        List<NetworkCard> networkCards,
        int ipv4AddressesPerInterface,
        int ipv6AddressesPerInterface,
        boolean ipv6Supported,
        String enaSupport,
        boolean efaSupported,
        Integer maximumEfaInterfaces,
        boolean encryptionInTransitSupported,
        boolean enaSrdSupported,
        String flexibleEnaQueuesSupport) {

    public NetworkInfo {
        Objects.requireNonNull(networkPerformance, "networkPerformance");
        networkCards = List.copyOf(networkCards);
        Objects.requireNonNull(enaSupport, "enaSupport");
        Objects.requireNonNull(flexibleEnaQueuesSupport, "flexibleEnaQueuesSupport");
    }

    /**
     * One network card ({@code NetworkCardInfo}).
     *
     * @param networkCardIndex         the card's index
     * @param networkPerformance       the card's network performance
     * @param maximumNetworkInterfaces network interfaces on this card
     * @param baselineBandwidthInGbps  baseline bandwidth, Gbps, or null when unknown
     * @param peakBandwidthInGbps      peak bandwidth, Gbps, or null when unknown
     */
    public record NetworkCard(
            int networkCardIndex,
            String networkPerformance,
            int maximumNetworkInterfaces,
            Double baselineBandwidthInGbps,
            Double peakBandwidthInGbps) {
    }
}
