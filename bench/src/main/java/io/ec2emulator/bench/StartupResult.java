package io.ec2emulator.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Startup measurements over several launches.
 *
 * @param startupMillis  per launch: process start to first answered DescribeRegions
 * @param idleRssMiB     per launch: VmRSS 2 s after that first answer
 */
public record StartupResult(List<Double> startupMillis, List<Double> idleRssMiB) {

    /** Smallest startup time in ms. */
    public double minMillis() {
        return sorted(startupMillis)[0];
    }

    /** Median startup time in ms. */
    public double medianMillis() {
        return median(startupMillis);
    }

    /** Largest startup time in ms. */
    public double maxMillis() {
        double[] values = sorted(startupMillis);
        return values[values.length - 1];
    }

    /** Median idle resident set size in MiB. */
    public double medianIdleRssMiB() {
        return median(idleRssMiB);
    }

    private static double median(List<Double> values) {
        double[] s = sorted(values);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no startup measurements");
        }
        double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s;
    }
}
