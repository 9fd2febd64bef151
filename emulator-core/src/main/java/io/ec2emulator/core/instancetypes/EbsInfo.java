package io.ec2emulator.core.instancetypes;

import java.util.Objects;

/**
 * How an instance type works with Amazon EBS ({@code EbsInfo}).
 *
 * @param ebsOptimizedSupport   {@code default}, {@code supported} or {@code unsupported}
 * @param encryptionSupport     {@code supported} or {@code unsupported}
 * @param nvmeSupport           {@code required}, {@code supported} or {@code unsupported}
 * @param maximumEbsAttachments the most EBS volumes that can be attached, or null when unknown
 * @param attachmentLimitType   {@code shared} (volumes share the limit with network interfaces and
 *                              instance store) or {@code dedicated}
 * @param optimizedInfo         the EBS-optimized performance, or null for types that are not EBS-optimized
 */
public record EbsInfo(
        String ebsOptimizedSupport,
        String encryptionSupport,
        String nvmeSupport,
        Integer maximumEbsAttachments,
        String attachmentLimitType,
        OptimizedInfo optimizedInfo) {

    public EbsInfo {
        Objects.requireNonNull(ebsOptimizedSupport, "ebsOptimizedSupport");
        Objects.requireNonNull(encryptionSupport, "encryptionSupport");
        Objects.requireNonNull(nvmeSupport, "nvmeSupport");
    }

    /**
     * Baseline and burst EBS performance of an EBS-optimized type ({@code EbsOptimizedInfo}).
     *
     * @param baselineBandwidthInMbps  baseline bandwidth, Mbps
     * @param baselineThroughputInMBps baseline throughput, MB/s
     * @param baselineIops             baseline I/O operations per second
     * @param maximumBandwidthInMbps   maximum bandwidth, Mbps
     * @param maximumThroughputInMBps  maximum throughput, MB/s
     * @param maximumIops              maximum I/O operations per second
     */
    public record OptimizedInfo(
            int baselineBandwidthInMbps,
            double baselineThroughputInMBps,
            int baselineIops,
            int maximumBandwidthInMbps,
            double maximumThroughputInMBps,
            int maximumIops) {
    }
}
