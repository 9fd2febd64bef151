package io.ec2emulator.core.volumes;

import io.ec2emulator.core.Ec2Error;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The validation EC2 applies to a volume's type, size, IOPS, throughput, Multi-Attach and boot use,
 * over the data in {@link VolumeTypeLimits}. Pure functions: they answer what the volume reports, or
 * throw EC2's error.
 */
public final class VolumeRules {

    /** gp2's baseline: 3 IOPS per GiB, never below 100 nor above 16,000. */
    public static final int GP2_MIN_IOPS = 100;
    public static final int GP2_MAX_IOPS = 16_000;

    /** gp3's IOPS:GiB ratio only limits IOPS above its 3,000 baseline. */
    private static final int GP3_BASELINE_IOPS = 3_000;

    private VolumeRules() {
    }

    /** The IOPS and throughput a volume reports (null where the type reports none). */
    public record Performance(Integer iops, Integer throughput) {
    }

    /** The requested type, or {@code fallback} when none was given; an unknown type is InvalidParameterValue. */
    public static String type(String requested, String fallback) {
        String type = requested != null ? requested : fallback;
        if (VolumeTypeLimits.of(type).isEmpty()) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(type)
                    + ") for parameter volumeType is invalid. Expected one of: "
                    + VolumeTypeLimits.ALL.stream().map(VolumeTypeLimits::type).collect(Collectors.joining(", "))
                    + ".");
        }
        return type;
    }

    /** What a gp2 volume of {@code sizeGiB} reports as its IOPS. */
    public static int gp2BaselineIops(int sizeGiB) {
        return (int) Math.max(GP2_MIN_IOPS, Math.min(GP2_MAX_IOPS, 3L * sizeGiB));
    }

    /**
     * Checks a volume as CreateVolume or a launch's block device mapping describes it.
     *
     * @param type        a valid type (see {@link #type})
     * @param sizeGiB     the size in GiB
     * @param iops        the requested IOPS, or null
     * @param throughput  the requested throughput in MiB/s, or null
     * @param multiAttach whether Multi-Attach is requested
     * @param boot        whether the volume is an instance's root volume
     * @return the IOPS and throughput the volume reports
     */
    public static Performance check(String type, int sizeGiB, Integer iops, Integer throughput, boolean multiAttach,
                                    boolean boot) {
        VolumeTypeLimits limits = VolumeTypeLimits.of(type(type, null)).orElseThrow();
        if (sizeGiB < limits.minSize()) {
            throw Ec2Error.invalidParameterValue("Volume of " + sizeGiB + "GiB is too small for volume type "
                    + type + "; minimum is " + limits.minSize() + "GiB");
        }
        if (sizeGiB > limits.maxSize()) {
            throw Ec2Error.invalidParameterValue("Volume of " + sizeGiB + "GiB is too large for volume type "
                    + type + "; maximum is " + limits.maxSize() + "GiB");
        }
        if (iops != null && !limits.iopsSettable()) {
            throw Ec2Error.invalidParameterCombination("The parameter iops is not supported for " + type + " volumes.");
        }
        if (iops == null && limits.iopsRequired()) {
            throw Ec2Error.invalidParameterCombination("The parameter iops must be specified for " + type
                    + " volumes.");
        }
        if (throughput != null && !limits.throughputSettable()) {
            throw Ec2Error.invalidParameterCombination("throughput can only be specified for volumeType gp3.");
        }
        if (multiAttach && !limits.multiAttach()) {
            throw Ec2Error.invalidParameterCombination("Multi-Attach is supported only for io1 and io2 volumes; "
                    + "the volume type " + type + " does not support it.");
        }
        if (boot && !limits.bootable()) {
            throw Ec2Error.invalidParameterValue("The volume type " + type + " is not supported for boot volumes.");
        }
        if (boot && multiAttach) {
            throw Ec2Error.invalidParameterCombination("A Multi-Attach enabled volume cannot be a boot volume.");
        }
        if (!limits.iopsSettable()) {
            return new Performance(type.equals("gp2") ? gp2BaselineIops(sizeGiB) : null, null);
        }
        int resolvedIops = iops != null ? iops : limits.defaultIops();
        if (resolvedIops < limits.minIops()) {
            throw Ec2Error.invalidParameterValue("Iops of " + resolvedIops + " is too low for volume type " + type
                    + "; minimum is " + limits.minIops());
        }
        if (resolvedIops > limits.maxIops()) {
            throw Ec2Error.invalidParameterValue("Iops of " + resolvedIops + " is too high for volume type " + type
                    + "; maximum is " + limits.maxIops());
        }
        Integer resolvedThroughput = null;
        if (limits.throughputSettable()) {
            resolvedThroughput = throughput != null ? throughput : limits.defaultThroughput();
            if (resolvedThroughput < limits.minThroughput()) {
                throw Ec2Error.invalidParameterValue("Throughput of " + resolvedThroughput
                        + " MiBps is too low for volume type " + type + "; minimum is " + limits.minThroughput()
                        + " MiBps");
            }
            if (resolvedThroughput > limits.maxThroughput()) {
                throw Ec2Error.invalidParameterValue("Throughput of " + resolvedThroughput
                        + " MiBps is too high for volume type " + type + "; maximum is " + limits.maxThroughput()
                        + " MiBps");
            }
        }
        boolean ratioApplies = !type.equals("gp3") || resolvedIops > GP3_BASELINE_IOPS;
        if (ratioApplies && (long) resolvedIops > (long) limits.maxIopsPerGiB() * sizeGiB) {
            throw Ec2Error.invalidParameterValue("Iops to volume size ratio of "
                    + String.format(Locale.ROOT, "%.6f", (double) resolvedIops / sizeGiB) + " is too high; maximum is "
                    + limits.maxIopsPerGiB());
        }
        if (resolvedThroughput != null && resolvedThroughput > limits.maxThroughputPerIops() * resolvedIops) {
            throw Ec2Error.invalidParameterValue("Throughput (MiBps) to iops ratio of "
                    + String.format(Locale.ROOT, "%.6f", (double) resolvedThroughput / resolvedIops)
                    + " is too high; maximum is " + String.format(Locale.ROOT, "%.6f", limits.maxThroughputPerIops())
                    + " MiBps per iops");
        }
        return new Performance(resolvedIops, resolvedThroughput);
    }
}
