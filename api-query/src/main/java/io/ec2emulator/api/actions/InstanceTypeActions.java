package io.ec2emulator.api.actions;

import io.ec2emulator.api.dispatch.ActionContext;
import io.ec2emulator.api.dispatch.ActionGroup;
import io.ec2emulator.api.dispatch.ActionRegistry;
import io.ec2emulator.core.filter.Page;
import io.ec2emulator.core.instancetypes.EbsInfo;
import io.ec2emulator.core.instancetypes.InstanceStorageInfo;
import io.ec2emulator.core.instancetypes.InstanceTypeCatalog;
import io.ec2emulator.core.instancetypes.InstanceTypeInfo;
import io.ec2emulator.core.instancetypes.InstanceTypeOffering;
import io.ec2emulator.core.instancetypes.InstanceTypeQueries;
import io.ec2emulator.core.instancetypes.NetworkInfo;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypeOfferingsResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstanceTypesResponse;
import software.amazon.awssdk.services.ec2.model.DiskInfo;
import software.amazon.awssdk.services.ec2.model.EbsOptimizedInfo;
import software.amazon.awssdk.services.ec2.model.EfaInfo;
import software.amazon.awssdk.services.ec2.model.MemoryInfo;
import software.amazon.awssdk.services.ec2.model.NetworkCardInfo;
import software.amazon.awssdk.services.ec2.model.NitroTpmInfo;
import software.amazon.awssdk.services.ec2.model.PlacementGroupInfo;
import software.amazon.awssdk.services.ec2.model.ProcessorInfo;
import software.amazon.awssdk.services.ec2.model.VCpuInfo;

/** DescribeInstanceTypes and DescribeInstanceTypeOfferings over the instance type catalog. */
public final class InstanceTypeActions implements ActionGroup {

    @Override
    public void registerWith(ActionRegistry registry) {
        registry.register("DescribeInstanceTypes", DescribeInstanceTypesRequest.class, this::describeInstanceTypes)
                .register("DescribeInstanceTypeOfferings", DescribeInstanceTypeOfferingsRequest.class,
                        this::describeOfferings);
    }

    private static InstanceTypeQueries queries(ActionContext ctx) {
        return new InstanceTypeQueries(InstanceTypeCatalog.standard(), ctx.emulator().regions());
    }

    private DescribeInstanceTypesResponse describeInstanceTypes(ActionContext ctx, DescribeInstanceTypesRequest request) {
        Page<InstanceTypeInfo> page = queries(ctx).describeInstanceTypes(request.instanceTypesAsStrings(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeInstanceTypesResponse.builder()
                .instanceTypes(page.items().stream().map(InstanceTypeActions::toSdk).toList())
                .nextToken(page.nextToken())
                .build();
    }

    private DescribeInstanceTypeOfferingsResponse describeOfferings(ActionContext ctx,
                                                                    DescribeInstanceTypeOfferingsRequest request) {
        Page<InstanceTypeOffering> page = queries(ctx).describeOfferings(ctx.region(), request.locationTypeAsString(),
                Wire.filters(request.filters()), request.maxResults(), request.nextToken());
        return DescribeInstanceTypeOfferingsResponse.builder()
                .instanceTypeOfferings(page.items().stream()
                        .map(o -> software.amazon.awssdk.services.ec2.model.InstanceTypeOffering.builder()
                                .instanceType(o.instanceType())
                                .locationType(o.locationType())
                                .location(o.location())
                                .build())
                        .toList())
                .nextToken(page.nextToken())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.InstanceTypeInfo toSdk(InstanceTypeInfo t) {
        return software.amazon.awssdk.services.ec2.model.InstanceTypeInfo.builder()
                .instanceType(t.instanceType())
                .currentGeneration(t.currentGeneration())
                .freeTierEligible(t.freeTierEligible())
                .supportedUsageClassesWithStrings(t.supportedUsageClasses())
                .supportedRootDeviceTypesWithStrings(t.supportedRootDeviceTypes())
                .supportedVirtualizationTypesWithStrings(t.supportedVirtualizationTypes())
                .bareMetal(t.bareMetal())
                .hypervisor(t.hypervisor())
                .processorInfo(processor(t))
                .vCpuInfo(vcpus(t))
                .memoryInfo(MemoryInfo.builder().sizeInMiB(t.memorySizeInMiB()).build())
                .instanceStorageSupported(t.instanceStorageSupported())
                .instanceStorageInfo(storage(t.instanceStorageInfo()))
                .ebsInfo(ebs(t.ebsInfo()))
                .networkInfo(network(t.networkInfo()))
                .placementGroupInfo(PlacementGroupInfo.builder()
                        .supportedStrategiesWithStrings(t.placementGroupStrategies()).build())
                .hibernationSupported(t.hibernationSupported())
                .burstablePerformanceSupported(t.burstablePerformanceSupported())
                .dedicatedHostsSupported(t.dedicatedHostsSupported())
                .autoRecoverySupported(t.autoRecoverySupported())
                .supportedBootModesWithStrings(t.supportedBootModes())
                .nitroEnclavesSupport(t.nitroEnclavesSupport())
                .nitroTpmSupport(t.nitroTpmSupport())
                .nitroTpmInfo(t.nitroTpmVersions().isEmpty() ? null
                        : NitroTpmInfo.builder().supportedVersions(t.nitroTpmVersions()).build())
                .rebootMigrationSupport(t.rebootMigrationSupport())
                .phcSupport(t.phcSupport())
                .build();
    }

    private static ProcessorInfo processor(InstanceTypeInfo t) {
        return ProcessorInfo.builder()
                .supportedArchitecturesWithStrings(t.processorInfo().supportedArchitectures())
                .sustainedClockSpeedInGhz(t.processorInfo().sustainedClockSpeedInGhz())
                .manufacturer(t.processorInfo().manufacturer())
                .supportedFeaturesWithStrings(t.processorInfo().supportedFeatures().isEmpty() ? null
                        : t.processorInfo().supportedFeatures())
                .build();
    }

    private static VCpuInfo vcpus(InstanceTypeInfo t) {
        var v = t.vCpuInfo();
        return VCpuInfo.builder()
                .defaultVCpus(v.defaultVCpus())
                .defaultCores(v.defaultCores())
                .defaultThreadsPerCore(v.defaultThreadsPerCore())
                .validCores(v.validCores().isEmpty() ? null : v.validCores())
                .validThreadsPerCore(v.validThreadsPerCore().isEmpty() ? null : v.validThreadsPerCore())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.InstanceStorageInfo storage(InstanceStorageInfo s) {
        if (s == null) {
            return null;
        }
        return software.amazon.awssdk.services.ec2.model.InstanceStorageInfo.builder()
                .totalSizeInGB(s.totalSizeInGb())
                .disks(s.disks().stream()
                        .map(d -> DiskInfo.builder().sizeInGB(d.sizeInGb()).count(d.count()).type(d.type()).build())
                        .toList())
                .nvmeSupport(s.nvmeSupport())
                .encryptionSupport(s.encryptionSupport())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.EbsInfo ebs(EbsInfo e) {
        EbsInfo.OptimizedInfo o = e.optimizedInfo();
        return software.amazon.awssdk.services.ec2.model.EbsInfo.builder()
                .ebsOptimizedSupport(e.ebsOptimizedSupport())
                .encryptionSupport(e.encryptionSupport())
                .nvmeSupport(e.nvmeSupport())
                .maximumEbsAttachments(e.maximumEbsAttachments())
                .attachmentLimitType(e.attachmentLimitType())
                .ebsOptimizedInfo(o == null ? null : EbsOptimizedInfo.builder()
                        .baselineBandwidthInMbps(o.baselineBandwidthInMbps())
                        .baselineThroughputInMBps(o.baselineThroughputInMBps())
                        .baselineIops(o.baselineIops())
                        .maximumBandwidthInMbps(o.maximumBandwidthInMbps())
                        .maximumThroughputInMBps(o.maximumThroughputInMBps())
                        .maximumIops(o.maximumIops())
                        .build())
                .build();
    }

    private static software.amazon.awssdk.services.ec2.model.NetworkInfo network(NetworkInfo n) {
        return software.amazon.awssdk.services.ec2.model.NetworkInfo.builder()
                .networkPerformance(n.networkPerformance())
                .maximumNetworkInterfaces(n.maximumNetworkInterfaces())
                .maximumNetworkCards(n.maximumNetworkCards())
                .defaultNetworkCardIndex(n.defaultNetworkCardIndex())
                .networkCards(n.networkCards().stream()
                        .map(c -> NetworkCardInfo.builder()
                                .networkCardIndex(c.networkCardIndex())
                                .networkPerformance(c.networkPerformance())
                                .maximumNetworkInterfaces(c.maximumNetworkInterfaces())
                                .baselineBandwidthInGbps(c.baselineBandwidthInGbps())
                                .peakBandwidthInGbps(c.peakBandwidthInGbps())
                                .build())
                        .toList())
                .ipv4AddressesPerInterface(n.ipv4AddressesPerInterface())
                .ipv6AddressesPerInterface(n.ipv6AddressesPerInterface())
                .ipv6Supported(n.ipv6Supported())
                .enaSupport(n.enaSupport())
                .efaSupported(n.efaSupported())
                .efaInfo(n.maximumEfaInterfaces() == null ? null
                        : EfaInfo.builder().maximumEfaInterfaces(n.maximumEfaInterfaces()).build())
                .encryptionInTransitSupported(n.encryptionInTransitSupported())
                .enaSrdSupported(n.enaSrdSupported())
                .flexibleEnaQueuesSupport(n.flexibleEnaQueuesSupport())
                .build();
    }
}
