package io.ec2emulator.core.instancetypes;

import io.ec2emulator.core.filter.FilterSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every filter AWS documents for {@code DescribeInstanceTypes} (botocore's model, 2016-11-15). A filter on a
 * value a type does not have (no instance store, no EFA, no bandwidth weightings) matches nothing for that
 * type. Names AWS does not document, such as {@code processor-info.manufacturer}, are unknown filters.
 */
final class InstanceTypeFilters {

    static final FilterSpec<InstanceTypeInfo> SPEC = build();

    private InstanceTypeFilters() {
    }

    private static FilterSpec<InstanceTypeInfo> build() {
        FilterSpec.Builder<InstanceTypeInfo> b = FilterSpec.builder();
        b.single("auto-recovery-supported", InstanceTypeInfo::autoRecoverySupported)
                .single("bare-metal", InstanceTypeInfo::bareMetal)
                .single("burstable-performance-supported", InstanceTypeInfo::burstablePerformanceSupported)
                .single("current-generation", InstanceTypeInfo::currentGeneration)
                .single("dedicated-hosts-supported", InstanceTypeInfo::dedicatedHostsSupported)
                .single("free-tier-eligible", InstanceTypeInfo::freeTierEligible)
                .single("hibernation-supported", InstanceTypeInfo::hibernationSupported)
                .single("hypervisor", InstanceTypeInfo::hypervisor)
                .single("instance-storage-supported", InstanceTypeInfo::instanceStorageSupported)
                .single("instance-type", InstanceTypeInfo::instanceType)
                .single("memory-info.size-in-mib", InstanceTypeInfo::memorySizeInMiB)
                .single("nitro-enclaves-support", InstanceTypeInfo::nitroEnclavesSupport)
                .single("nitro-tpm-support", InstanceTypeInfo::nitroTpmSupport)
                .many("nitro-tpm-info.supported-versions", InstanceTypeInfo::nitroTpmVersions)
                .single("reboot-migration-support", InstanceTypeInfo::rebootMigrationSupport)
                .many("supported-boot-mode", InstanceTypeInfo::supportedBootModes)
                .many("supported-root-device-type", InstanceTypeInfo::supportedRootDeviceTypes)
                .many("supported-usage-class", InstanceTypeInfo::supportedUsageClasses)
                .many("supported-virtualization-type", InstanceTypeInfo::supportedVirtualizationTypes);
        processorAndVcpu(b);
        ebs(b);
        storage(b);
        network(b);
        return b.build();
    }

    private static void processorAndVcpu(FilterSpec.Builder<InstanceTypeInfo> b) {
        b.many("processor-info.supported-architecture", t -> t.processorInfo().supportedArchitectures())
                .many("processor-info.sustained-clock-speed-in-ghz",
                        t -> number(t.processorInfo().sustainedClockSpeedInGhz()))
                .many("processor-info.supported-features", t -> t.processorInfo().supportedFeatures())
                .single("vcpu-info.default-cores", t -> t.vCpuInfo().defaultCores())
                .single("vcpu-info.default-threads-per-core", t -> t.vCpuInfo().defaultThreadsPerCore())
                .single("vcpu-info.default-vcpus", t -> t.vCpuInfo().defaultVCpus())
                .many("vcpu-info.valid-cores", t -> listValues(t.vCpuInfo().validCores()))
                .many("vcpu-info.valid-threads-per-core", t -> listValues(t.vCpuInfo().validThreadsPerCore()));
    }

    private static void ebs(FilterSpec.Builder<InstanceTypeInfo> b) {
        b.single("ebs-info.attachment-limit-type", t -> t.ebsInfo().attachmentLimitType())
                .single("ebs-info.maximum-ebs-attachments", t -> t.ebsInfo().maximumEbsAttachments())
                .single("ebs-info.ebs-optimized-support", t -> t.ebsInfo().ebsOptimizedSupport())
                .single("ebs-info.encryption-support", t -> t.ebsInfo().encryptionSupport())
                .single("ebs-info.nvme-support", t -> t.ebsInfo().nvmeSupport());
        optimized(b, "baseline-bandwidth-in-mbps", EbsInfo.OptimizedInfo::baselineBandwidthInMbps);
        optimized(b, "baseline-iops", EbsInfo.OptimizedInfo::baselineIops);
        optimized(b, "baseline-throughput-in-mbps", EbsInfo.OptimizedInfo::baselineThroughputInMBps);
        optimized(b, "maximum-bandwidth-in-mbps", EbsInfo.OptimizedInfo::maximumBandwidthInMbps);
        optimized(b, "maximum-iops", EbsInfo.OptimizedInfo::maximumIops);
        optimized(b, "maximum-throughput-in-mbps", EbsInfo.OptimizedInfo::maximumThroughputInMBps);
    }

    private static void optimized(FilterSpec.Builder<InstanceTypeInfo> b, String name,
                                  Function<EbsInfo.OptimizedInfo, Number> value) {
        b.many("ebs-info.ebs-optimized-info." + name, t -> {
            EbsInfo.OptimizedInfo info = t.ebsInfo().optimizedInfo();
            return info == null ? List.of() : number(value.apply(info));
        });
    }

    private static void storage(FilterSpec.Builder<InstanceTypeInfo> b) {
        b.many("instance-storage-info.disk.count", t -> disks(t, d -> String.valueOf(d.count())))
                .many("instance-storage-info.disk.size-in-gb", t -> disks(t, d -> String.valueOf(d.sizeInGb())))
                .many("instance-storage-info.disk.type", t -> disks(t, InstanceStorageInfo.Disk::type))
                .single("instance-storage-info.encryption-support",
                        t -> storage(t, InstanceStorageInfo::encryptionSupport))
                .single("instance-storage-info.nvme-support", t -> storage(t, InstanceStorageInfo::nvmeSupport))
                .single("instance-storage-info.total-size-in-gb", t -> storage(t, InstanceStorageInfo::totalSizeInGb));
    }

    private static void network(FilterSpec.Builder<InstanceTypeInfo> b) {
        b.many("network-info.bandwidth-weightings", t -> List.of())
                .single("network-info.efa-info.maximum-efa-interfaces", t -> t.networkInfo().maximumEfaInterfaces())
                .single("network-info.efa-supported", t -> t.networkInfo().efaSupported())
                .single("network-info.ena-support", t -> t.networkInfo().enaSupport())
                .single("network-info.flexible-ena-queues-support", t -> t.networkInfo().flexibleEnaQueuesSupport())
                .single("network-info.encryption-in-transit-supported",
                        t -> t.networkInfo().encryptionInTransitSupported())
                .single("network-info.ipv4-addresses-per-interface", t -> t.networkInfo().ipv4AddressesPerInterface())
                .single("network-info.ipv6-addresses-per-interface", t -> t.networkInfo().ipv6AddressesPerInterface())
                .single("network-info.ipv6-supported", t -> t.networkInfo().ipv6Supported())
                .single("network-info.maximum-network-cards", t -> t.networkInfo().maximumNetworkCards())
                .single("network-info.maximum-network-interfaces", t -> t.networkInfo().maximumNetworkInterfaces())
                .single("network-info.network-performance", t -> t.networkInfo().networkPerformance());
    }

    private static <V> V storage(InstanceTypeInfo type, Function<InstanceStorageInfo, V> value) {
        return type.instanceStorageInfo() == null ? null : value.apply(type.instanceStorageInfo());
    }

    private static Collection<String> disks(InstanceTypeInfo type, Function<InstanceStorageInfo.Disk, String> value) {
        InstanceStorageInfo storage = type.instanceStorageInfo();
        return storage == null ? List.of() : storage.disks().stream().map(value).toList();
    }

    /** A number as filter values: decimals match both {@code 3.1}/{@code 3} and {@code 3.0}. */
    static List<String> number(Number value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Double) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString());
            forms.add(String.valueOf(value.doubleValue()));
            return List.copyOf(forms);
        }
        return List.of(String.valueOf(value));
    }

    /** Each value of a list, and the whole list comma-joined ({@code "1,2"}) as AWS's documentation shows it. */
    private static List<String> listValues(List<Integer> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        if (values.size() > 1) {
            out.add(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return out;
    }
}
