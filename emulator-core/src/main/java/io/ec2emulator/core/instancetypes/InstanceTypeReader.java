package io.ec2emulator.core.instancetypes;

import java.util.ArrayList;
import java.util.List;

/** Turns one layered object of {@code instance-types.json} (API field names) into an {@link InstanceTypeInfo}. */
final class InstanceTypeReader {

    private InstanceTypeReader() {
    }

    static InstanceTypeInfo read(DataMap type) {
        DataMap tpm = type.object("NitroTpmInfo");
        return new InstanceTypeInfo(
                type.string("InstanceType"),
                type.bool("CurrentGeneration"),
                type.bool("FreeTierEligible"),
                type.strings("SupportedUsageClasses"),
                type.strings("SupportedRootDeviceTypes"),
                type.strings("SupportedVirtualizationTypes"),
                type.bool("BareMetal"),
                type.optionalString("Hypervisor"),
                processor(required(type, "ProcessorInfo")),
                vcpus(required(type, "VCpuInfo")),
                required(type, "MemoryInfo").longValue("SizeInMiB"),
                type.bool("InstanceStorageSupported"),
                storage(type.object("InstanceStorageInfo")),
                ebs(required(type, "EbsInfo")),
                network(required(type, "NetworkInfo")),
                required(type, "PlacementGroupInfo").strings("SupportedStrategies"),
                type.bool("HibernationSupported"),
                type.bool("BurstablePerformanceSupported"),
                type.bool("DedicatedHostsSupported"),
                type.bool("AutoRecoverySupported"),
                type.strings("SupportedBootModes"),
                type.string("NitroEnclavesSupport"),
                type.string("NitroTpmSupport"),
                tpm == null ? List.of() : tpm.strings("SupportedVersions"),
                type.string("RebootMigrationSupport"),
                type.string("PhcSupport"));
    }

    private static DataMap required(DataMap parent, String field) {
        DataMap child = parent.object(field);
        if (child == null) {
            throw new IllegalStateException(parent.where() + ": missing " + field);
        }
        return child;
    }

    private static ProcessorInfo processor(DataMap p) {
        return new ProcessorInfo(p.strings("SupportedArchitectures"), p.optionalDouble("SustainedClockSpeedInGhz"),
                p.string("Manufacturer"), p.strings("SupportedFeatures"));
    }

    private static VCpuInfo vcpus(DataMap v) {
        return new VCpuInfo(v.intValue("DefaultVCpus"), v.intValue("DefaultCores"), v.intValue("DefaultThreadsPerCore"),
                v.ints("ValidCores"), v.ints("ValidThreadsPerCore"));
    }

    private static InstanceStorageInfo storage(DataMap s) {
        if (s == null || !s.has("TotalSizeInGB")) {
            return null;
        }
        List<InstanceStorageInfo.Disk> disks = s.objects("Disks").stream()
                .map(d -> new InstanceStorageInfo.Disk(d.longValue("SizeInGB"), d.intValue("Count"), d.string("Type")))
                .toList();
        return new InstanceStorageInfo(s.longValue("TotalSizeInGB"), disks, s.string("NvmeSupport"),
                s.string("EncryptionSupport"));
    }

    private static EbsInfo ebs(DataMap e) {
        DataMap o = e.object("EbsOptimizedInfo");
        EbsInfo.OptimizedInfo optimized = o == null || !o.has("BaselineBandwidthInMbps") ? null
                : new EbsInfo.OptimizedInfo(
                        o.intValue("BaselineBandwidthInMbps"),
                        throughput(o, "BaselineThroughputInMBps", "BaselineBandwidthInMbps"),
                        o.intValue("BaselineIops"),
                        o.intValue("MaximumBandwidthInMbps"),
                        throughput(o, "MaximumThroughputInMBps", "MaximumBandwidthInMbps"),
                        o.intValue("MaximumIops"));
        return new EbsInfo(e.string("EbsOptimizedSupport"), e.string("EncryptionSupport"), e.string("NvmeSupport"),
                e.optionalInt("MaximumEbsAttachments"), e.optionalString("AttachmentLimitType"), optimized);
    }

    /** Throughput in MB/s as given, else the bandwidth in Mbps divided by 8, as AWS derives it. */
    private static double throughput(DataMap o, String field, String bandwidthField) {
        Double given = o.optionalDouble(field);
        return given != null ? given : o.intValue(bandwidthField) / 8.0;
    }

    private static NetworkInfo network(DataMap n) {
        String performance = n.string("NetworkPerformance");
        int interfaces = n.intValue("MaximumNetworkInterfaces");
        List<NetworkInfo.NetworkCard> cards = new ArrayList<>();
        List<DataMap> cardData = n.objects("NetworkCards");
        for (int i = 0; i < cardData.size(); i++) {
            DataMap c = cardData.get(i);
            Integer index = c.optionalInt("NetworkCardIndex");
            Integer max = c.optionalInt("MaximumNetworkInterfaces");
            cards.add(new NetworkInfo.NetworkCard(index == null ? i : index,
                    c.string("NetworkPerformance", performance), max == null ? interfaces : max,
                    c.optionalDouble("BaselineBandwidthInGbps"), c.optionalDouble("PeakBandwidthInGbps")));
        }
        DataMap efa = n.object("EfaInfo");
        return new NetworkInfo(performance, interfaces, n.intValue("MaximumNetworkCards"),
                n.intValue("DefaultNetworkCardIndex"), cards, n.intValue("Ipv4AddressesPerInterface"),
                n.intValue("Ipv6AddressesPerInterface"), n.bool("Ipv6Supported"), n.string("EnaSupport"),
                n.bool("EfaSupported"), efa == null ? null : efa.optionalInt("MaximumEfaInterfaces"),
                n.bool("EncryptionInTransitSupported"), n.bool("EnaSrdSupported"),
                n.string("FlexibleEnaQueuesSupport"));
    }
}
