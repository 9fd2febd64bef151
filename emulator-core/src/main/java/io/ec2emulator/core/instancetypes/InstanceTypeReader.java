package io.ec2emulator.core.instancetypes;

import io.ec2emulator.core.data.DataObject;
import java.util.ArrayList;
import java.util.List;

/** Turns one layered object of {@code instance-types.json} (API field names) into an {@link InstanceTypeInfo}. */
final class InstanceTypeReader {

    private InstanceTypeReader() {
    }

    static InstanceTypeInfo read(DataObject type) {
        DataObject tpm = type.optionalObject("NitroTpmInfo");
        return new InstanceTypeInfo(
                type.string("InstanceType"),
                type.bool("CurrentGeneration"),
                type.bool("FreeTierEligible"),
                type.strings("SupportedUsageClasses"),
                type.strings("SupportedRootDeviceTypes"),
                type.strings("SupportedVirtualizationTypes"),
                type.bool("BareMetal"),
                type.optionalString("Hypervisor"),
                processor(type.object("ProcessorInfo")),
                vcpus(type.object("VCpuInfo")),
                type.object("MemoryInfo").longValue("SizeInMiB"),
                type.bool("InstanceStorageSupported"),
                storage(type.optionalObject("InstanceStorageInfo")),
                ebs(type.object("EbsInfo")),
                network(type.object("NetworkInfo")),
                type.object("PlacementGroupInfo").strings("SupportedStrategies"),
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

    private static ProcessorInfo processor(DataObject p) {
        return new ProcessorInfo(p.strings("SupportedArchitectures"), p.optionalDouble("SustainedClockSpeedInGhz"),
                p.string("Manufacturer"), p.strings("SupportedFeatures"));
    }

    private static VCpuInfo vcpus(DataObject v) {
        return new VCpuInfo(v.integer("DefaultVCpus"), v.integer("DefaultCores"), v.integer("DefaultThreadsPerCore"),
                v.ints("ValidCores"), v.ints("ValidThreadsPerCore"));
    }

    private static InstanceStorageInfo storage(DataObject s) {
        if (s == null || !s.has("TotalSizeInGB")) {
            return null;
        }
        List<InstanceStorageInfo.Disk> disks = s.objects("Disks").stream()
                .map(d -> new InstanceStorageInfo.Disk(d.longValue("SizeInGB"), d.integer("Count"), d.string("Type")))
                .toList();
        return new InstanceStorageInfo(s.longValue("TotalSizeInGB"), disks, s.string("NvmeSupport"),
                s.string("EncryptionSupport"));
    }

    private static EbsInfo ebs(DataObject e) {
        DataObject o = e.optionalObject("EbsOptimizedInfo");
        EbsInfo.OptimizedInfo optimized = o == null || !o.has("BaselineBandwidthInMbps") ? null
                : new EbsInfo.OptimizedInfo(
                        o.integer("BaselineBandwidthInMbps"),
                        throughput(o, "BaselineThroughputInMBps", "BaselineBandwidthInMbps"),
                        o.integer("BaselineIops"),
                        o.integer("MaximumBandwidthInMbps"),
                        throughput(o, "MaximumThroughputInMBps", "MaximumBandwidthInMbps"),
                        o.integer("MaximumIops"));
        return new EbsInfo(e.string("EbsOptimizedSupport"), e.string("EncryptionSupport"), e.string("NvmeSupport"),
                e.optionalInt("MaximumEbsAttachments"), e.optionalString("AttachmentLimitType"), optimized);
    }

    /** Throughput in MB/s as given, else the bandwidth in Mbps divided by 8, as AWS derives it. */
    private static double throughput(DataObject o, String field, String bandwidthField) {
        Double given = o.optionalDouble(field);
        return given != null ? given : o.integer(bandwidthField) / 8.0;
    }

    private static NetworkInfo network(DataObject n) {
        String performance = n.string("NetworkPerformance");
        int interfaces = n.integer("MaximumNetworkInterfaces");
        List<NetworkInfo.NetworkCard> cards = new ArrayList<>();
        List<DataObject> cardData = n.objects("NetworkCards");
        for (int i = 0; i < cardData.size(); i++) {
            DataObject c = cardData.get(i);
            Integer index = c.optionalInt("NetworkCardIndex");
            Integer max = c.optionalInt("MaximumNetworkInterfaces");
            cards.add(new NetworkInfo.NetworkCard(index == null ? i : index,
                    c.string("NetworkPerformance", performance), max == null ? interfaces : max,
                    c.optionalDouble("BaselineBandwidthInGbps"), c.optionalDouble("PeakBandwidthInGbps")));
        }
        DataObject efa = n.optionalObject("EfaInfo");
        return new NetworkInfo(performance, interfaces, n.integer("MaximumNetworkCards"),
                n.integer("DefaultNetworkCardIndex"), cards, n.integer("Ipv4AddressesPerInterface"),
                n.integer("Ipv6AddressesPerInterface"), n.bool("Ipv6Supported"), n.string("EnaSupport"),
                n.bool("EfaSupported"), efa == null ? null : efa.optionalInt("MaximumEfaInterfaces"),
                n.bool("EncryptionInTransitSupported"), n.bool("EnaSrdSupported"),
                n.string("FlexibleEnaQueuesSupport"));
    }
}
