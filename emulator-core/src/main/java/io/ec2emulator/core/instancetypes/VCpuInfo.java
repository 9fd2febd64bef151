package io.ec2emulator.core.instancetypes;

import java.util.List;

/**
 * The vCPUs of an instance type ({@code VCpuInfo}).
 *
 * @param defaultVCpus          vCPUs by default
 * @param defaultCores          physical cores by default
 * @param defaultThreadsPerCore threads per core by default
 * @param validCores            core counts that CPU options may choose; empty when they cannot be changed
 * @param validThreadsPerCore   threads per core that CPU options may choose; empty when they cannot be changed
 */
public record VCpuInfo(
        int defaultVCpus,
        int defaultCores,
        int defaultThreadsPerCore,
        List<Integer> validCores,
        List<Integer> validThreadsPerCore) {

    public VCpuInfo {
        validCores = List.copyOf(validCores);
        validThreadsPerCore = List.copyOf(validThreadsPerCore);
    }
}
