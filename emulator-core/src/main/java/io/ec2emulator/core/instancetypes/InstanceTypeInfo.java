package io.ec2emulator.core.instancetypes;

import java.util.List;
import java.util.Objects;

/**
 * One instance type as {@code DescribeInstanceTypes} reports it ({@code InstanceTypeInfo}).
 *
 * @param instanceType                  the name, {@code <family>.<size>}, for example {@code m5.large}
 * @param currentGeneration             whether the type is of the current generation
 * @param freeTierEligible              whether the type may be used under the Free Tier
 * @param supportedUsageClasses         {@code on-demand}, {@code spot}, {@code capacity-block}
 * @param supportedRootDeviceTypes      {@code ebs}, {@code instance-store}
 * @param supportedVirtualizationTypes  {@code hvm}, {@code paravirtual}
 * @param bareMetal                     whether this is a bare-metal type
 * @param hypervisor                    {@code nitro} or {@code xen}; null for bare metal
 * @param processorInfo                 the processor
 * @param vCpuInfo                      the vCPUs
 * @param memorySizeInMiB               the memory, MiB
 * @param instanceStorageSupported      whether the type has local instance store
 * @param instanceStorageInfo           the instance store, or null without one
 * @param ebsInfo                       EBS support
 * @param networkInfo                   networking
 * @param placementGroupStrategies      {@code cluster}, {@code partition}, {@code spread}
 * @param hibernationSupported          whether on-demand hibernation is supported
 * @param burstablePerformanceSupported whether this is a burstable (T) type
 * @param dedicatedHostsSupported       whether Dedicated Hosts are supported
 * @param autoRecoverySupported         whether CloudWatch action based recovery is supported
 * @param supportedBootModes            {@code legacy-bios}, {@code uefi}
 * @param nitroEnclavesSupport          {@code supported} or {@code unsupported}
 * @param nitroTpmSupport               {@code supported} or {@code unsupported}
 * @param nitroTpmVersions              the NitroTPM versions, for example {@code 2.0}; empty without NitroTPM
 * @param rebootMigrationSupport        {@code supported} or {@code unsupported}
 * @param phcSupport                    PTP hardware clock, {@code supported} or {@code unsupported}
 */
public record InstanceTypeInfo(
        String instanceType,
        boolean currentGeneration,
        boolean freeTierEligible,
        List<String> supportedUsageClasses,
        List<String> supportedRootDeviceTypes,
        List<String> supportedVirtualizationTypes,
        boolean bareMetal,
        String hypervisor,
        ProcessorInfo processorInfo,
        VCpuInfo vCpuInfo,
        long memorySizeInMiB,
        boolean instanceStorageSupported,
        InstanceStorageInfo instanceStorageInfo,
        EbsInfo ebsInfo,
        NetworkInfo networkInfo,
        List<String> placementGroupStrategies,
        boolean hibernationSupported,
        boolean burstablePerformanceSupported,
        boolean dedicatedHostsSupported,
        boolean autoRecoverySupported,
        List<String> supportedBootModes,
        String nitroEnclavesSupport,
        String nitroTpmSupport,
        List<String> nitroTpmVersions,
        String rebootMigrationSupport,
        String phcSupport) {

    public InstanceTypeInfo {
        Objects.requireNonNull(instanceType, "instanceType");
        supportedUsageClasses = List.copyOf(supportedUsageClasses);
        supportedRootDeviceTypes = List.copyOf(supportedRootDeviceTypes);
        supportedVirtualizationTypes = List.copyOf(supportedVirtualizationTypes);
        Objects.requireNonNull(processorInfo, "processorInfo");
        Objects.requireNonNull(vCpuInfo, "vCpuInfo");
        Objects.requireNonNull(ebsInfo, "ebsInfo");
        Objects.requireNonNull(networkInfo, "networkInfo");
        placementGroupStrategies = List.copyOf(placementGroupStrategies);
        supportedBootModes = List.copyOf(supportedBootModes);
        Objects.requireNonNull(nitroEnclavesSupport, "nitroEnclavesSupport");
        Objects.requireNonNull(nitroTpmSupport, "nitroTpmSupport");
        nitroTpmVersions = List.copyOf(nitroTpmVersions);
        Objects.requireNonNull(rebootMigrationSupport, "rebootMigrationSupport");
        Objects.requireNonNull(phcSupport, "phcSupport");
    }

    /** The family, the part before the dot: {@code m5} for {@code m5.large}. */
    public String family() {
        return instanceType.substring(0, instanceType.indexOf('.'));
    }

    /** The size, the part after the dot: {@code large} for {@code m5.large}. */
    public String size() {
        return instanceType.substring(instanceType.indexOf('.') + 1);
    }
}
