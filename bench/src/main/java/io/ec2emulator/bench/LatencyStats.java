package io.ec2emulator.bench;

import java.util.Arrays;

/**
 * Percentiles over recorded per-operation latencies (nanoseconds), computed exactly from a sorted copy
 * using the nearest-rank method.
 */
public final class LatencyStats {

    private final long[] sorted;

    private LatencyStats(long[] sorted) {
        this.sorted = sorted;
    }

    /** How many samples there are. */
    public int count() {
        return sorted.length;
    }

    /**
     * The nearest-rank percentile in milliseconds, or {@code NaN} without samples.
     *
     * @param percent from 0 (exclusive) to 100 (inclusive)
     */
    public double percentileMillis(double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }

    /** The largest sample in milliseconds, or {@code NaN} without samples. */
    public double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1_000_000.0;
    }

    /** Collects samples from one thread into a growing array; not thread-safe. */
    public static final class Recorder {

        private long[] samples = new long[1 << 14];
        private int count;

        /** Records one latency in nanoseconds. */
        public void record(long nanos) {
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, samples.length * 2);
            }
            samples[count++] = nanos;
        }

        /** Merges several recorders into one statistic. */
        public static LatencyStats merge(Iterable<Recorder> recorders) {
            int total = 0;
            for (Recorder r : recorders) {
                total += r.count;
            }
            long[] all = new long[total];
            int at = 0;
            for (Recorder r : recorders) {
                System.arraycopy(r.samples, 0, all, at, r.count);
                at += r.count;
            }
            Arrays.sort(all);
            return new LatencyStats(all);
        }
    }
}
