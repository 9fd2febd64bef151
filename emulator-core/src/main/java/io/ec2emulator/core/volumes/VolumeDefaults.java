package io.ec2emulator.core.volumes;

import io.ec2emulator.core.Ec2Error;
import java.util.Set;

/**
 * The volume types and what EC2 reports for a volume when IOPS or throughput are not given:
 * gp2 reports its baseline (3 IOPS per GiB, at least 100, at most 16,000), gp3 3,000 IOPS and
 * 125 MiB/s. The full rule set (ranges, ratios, modification) grows here.
 */
public final class VolumeDefaults {

    public static final Set<String> TYPES = Set.of("standard", "io1", "io2", "gp2", "sc1", "st1", "gp3");
    private static final Set<String> BOOTABLE = Set.of("standard", "io1", "io2", "gp2", "gp3");

    private VolumeDefaults() {
    }

    public static String type(String requested, String fallback) {
        String type = requested != null ? requested : fallback;
        if (!TYPES.contains(type)) {
            throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(type)
                    + ") for parameter volumeType is invalid. Expected one of: standard, io1, io2, gp2, sc1, st1, gp3.");
        }
        return type;
    }

    public static void checkBootable(String type) {
        if (!BOOTABLE.contains(type)) {
            throw Ec2Error.invalidParameterValue("The volume type " + type + " is not supported for boot volumes.");
        }
    }

    /** The IOPS a volume reports: the request's for io1/io2/gp3, the baseline for gp2, none otherwise. */
    public static Integer iops(String type, int sizeGiB, Integer requested) {
        switch (type) {
            case "gp2":
                if (requested != null) {
                    throw Ec2Error.invalidParameterCombination("The parameter iops is not supported for gp2 volumes.");
                }
                return Math.max(100, Math.min(16_000, 3 * sizeGiB));
            case "gp3":
                return requested != null ? requested : 3000;
            case "io1":
            case "io2":
                if (requested == null) {
                    throw Ec2Error.missingParameter("iops");
                }
                return requested;
            default:
                if (requested != null) {
                    throw Ec2Error.invalidParameterCombination("The parameter iops is not supported for "
                            + type + " volumes.");
                }
                return null;
        }
    }

    public static Integer throughput(String type, Integer requested) {
        if (type.equals("gp3")) {
            return requested != null ? requested : 125;
        }
        if (requested != null) {
            throw Ec2Error.invalidParameterCombination("The parameter throughput is only supported for gp3 volumes.");
        }
        return null;
    }
}
