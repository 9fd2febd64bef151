package io.ec2emulator.core.volumes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one EBS volume type allows, as data (the fact sheet's table 1.1 and ratios 1.2). IOPS and
 * throughput bounds are null where the type does not let the caller set them.
 *
 * @param type                 the {@code VolumeType} wire value
 * @param minSize              smallest size in GiB
 * @param maxSize              largest size in GiB
 * @param minIops              smallest settable IOPS, or null when IOPS cannot be set
 * @param maxIops              largest settable IOPS, or null when IOPS cannot be set
 * @param defaultIops          the IOPS reported when none are given (gp3), or null
 * @param iopsRequired         whether {@code Iops} must be given (io1, io2)
 * @param minThroughput        smallest settable throughput in MiB/s, or null when it cannot be set
 * @param maxThroughput        largest settable throughput in MiB/s, or null
 * @param defaultThroughput    the throughput reported when none is given (gp3), or null
 * @param maxIopsPerGiB        largest IOPS:GiB ratio, or 0 when IOPS cannot be set
 * @param maxThroughputPerIops largest MiB/s:IOPS ratio, or 0 when throughput cannot be set
 * @param bootable             whether the type can be a root (boot) volume
 * @param multiAttach          whether Multi-Attach can be enabled
 */
public record VolumeTypeLimits(String type, int minSize, int maxSize, Integer minIops, Integer maxIops,
                               Integer defaultIops, boolean iopsRequired, Integer minThroughput,
                               Integer maxThroughput, Integer defaultThroughput, int maxIopsPerGiB,
                               double maxThroughputPerIops, boolean bootable, boolean multiAttach) {

    /** Every volume type, in the order of EC2's {@code VolumeType} enumeration. */
    public static final List<VolumeTypeLimits> ALL = List.of(
            new VolumeTypeLimits("standard", 1, 1_024, null, null, null, false, null, null, null, 0, 0, true, false),
            new VolumeTypeLimits("io1", 4, 16_384, 100, 64_000, null, true, null, null, null, 50, 0, true, true),
            new VolumeTypeLimits("io2", 4, 65_536, 100, 256_000, null, true, null, null, null, 1_000, 0, true, true),
            new VolumeTypeLimits("gp2", 1, 16_384, null, null, null, false, null, null, null, 0, 0, true, false),
            new VolumeTypeLimits("sc1", 125, 16_384, null, null, null, false, null, null, null, 0, 0, false, false),
            new VolumeTypeLimits("st1", 125, 16_384, null, null, null, false, null, null, null, 0, 0, false, false),
            new VolumeTypeLimits("gp3", 1, 65_536, 3_000, 80_000, 3_000, false, 125, 2_000, 125, 500, 0.25, true,
                    false));

    private static final Map<String, VolumeTypeLimits> BY_TYPE = byType();

    private static Map<String, VolumeTypeLimits> byType() {
        Map<String, VolumeTypeLimits> map = new LinkedHashMap<>();
        ALL.forEach(limits -> map.put(limits.type(), limits));
        return Map.copyOf(map);
    }

    /** The limits of {@code type}, if it is one of EC2's volume types. */
    public static Optional<VolumeTypeLimits> of(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    public boolean iopsSettable() {
        return minIops != null;
    }

    public boolean throughputSettable() {
        return minThroughput != null;
    }
}
