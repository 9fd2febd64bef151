package io.ec2emulator.core.instancetypes;

import java.util.List;
import java.util.Objects;

/**
 * The processor of an instance type ({@code ProcessorInfo}).
 *
 * @param supportedArchitectures   {@code i386}, {@code x86_64} or {@code arm64}
 * @param sustainedClockSpeedInGhz the sustained clock speed, or null when AWS publishes none
 * @param manufacturer             {@code Intel}, {@code AMD} or {@code AWS}
 * @param supportedFeatures        CPU features such as {@code amd-sev-snp}; often empty
 */
public record ProcessorInfo(
        List<String> supportedArchitectures,
        Double sustainedClockSpeedInGhz,
        String manufacturer,
        List<String> supportedFeatures) {

    public ProcessorInfo {
        supportedArchitectures = List.copyOf(supportedArchitectures);
        Objects.requireNonNull(manufacturer, "manufacturer");
        supportedFeatures = List.copyOf(supportedFeatures);
    }
}
