package io.ec2emulator.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scale benchmark's settings from the command line.
 *
 * @param sizes       instance counts to populate the region with, one case each, in this order
 * @param requests    timed sequential requests per query and case
 * @param warmup      untimed requests per query and case before the timed ones
 * @param rounds      the timed requests of every case and query are sent in this many blocks, the cases
 *                    taking turns, so that load from elsewhere on the machine hits every case alike
 * @param groupSize   how many instances carry each {@code Name} tag value
 * @param batch       instances per RunInstances call while populating
 * @param maxRatio    how much slower the largest case may be than the smallest (p50), or 0 for no check
 * @param out         where to write the Markdown report as well, or {@code null}
 */
public record ScaleOptions(List<Integer> sizes, int requests, int warmup, int rounds, int groupSize, int batch,
                           double maxRatio, Path out) {

    /** The usage text printed for {@code --help} and after a bad option. */
    public static final String USAGE = String.join("\n",
            "usage: InstanceScaleBenchmark [options]   (bench/run.sh --scale [options])",
            "  --sizes N,N,...     instances in the region, one case each (default 1000,100000)",
            "  --requests N        timed sequential requests per query and case (default 2000)",
            "  --warmup N          untimed requests per query and case first (default 1000)",
            "  --rounds N          timed blocks per case, cases taking turns (default 8; 1 = one case after the other)",
            "  --group-size N      instances per Name tag value, the tag filter's match count (default 10)",
            "  --batch N           instances per RunInstances call while populating (default 1000)",
            "  --max-ratio X       largest/smallest case p50 allowed (default 2; 0 = no check)",
            "  --out FILE          also write the Markdown report to FILE",
            "  --help              show this text");

    /** Parses {@code --name value} and {@code --name=value} options; throws {@link IllegalArgumentException}. */
    public static ScaleOptions parse(String[] args) {
        List<Integer> sizes = List.of(1_000, 100_000);
        int requests = 2_000;
        int warmup = 1_000;
        int rounds = 8;
        int groupSize = 10;
        int batch = 1_000;
        double maxRatio = 2.0;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--sizes" -> sizes = sizes(value);
                case "--requests" -> requests = positive(name, value);
                case "--warmup" -> warmup = nonNegative(name, value);
                case "--rounds" -> rounds = positive(name, value);
                case "--group-size" -> groupSize = positive(name, value);
                case "--batch" -> batch = positive(name, value);
                case "--max-ratio" -> maxRatio = ratio(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (rounds > requests) {
            throw new IllegalArgumentException("--rounds may not exceed --requests");
        }
        if (sizes.size() > InstanceScaleBenchmark.REGIONS.size()) {
            throw new IllegalArgumentException("at most " + InstanceScaleBenchmark.REGIONS.size() + " sizes");
        }
        if (batch > 1_000) {
            throw new IllegalArgumentException("--batch is at most 1000 (RunInstances' MaxCount limit here)");
        }
        for (int size : sizes) {
            if (size < groupSize) {
                throw new IllegalArgumentException("every size must be at least --group-size (" + groupSize + ")");
            }
        }
        return new ScaleOptions(sizes, requests, warmup, rounds, groupSize, batch, maxRatio, out);
    }

    private static List<Integer> sizes(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            int n = positive("--sizes", part.replace("_", ""));
            if (n > 250_000) {
                throw new IllegalArgumentException("--sizes: at most 250000 instances (one /14 subnet)");
            }
            sizes.add(n);
        }
        return List.copyOf(sizes);
    }

    private static double ratio(String value) {
        try {
            double x = Double.parseDouble(value.trim());
            if (x < 0 || Double.isNaN(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-ratio must be a number >= 0, not '" + value + "'");
        }
    }

    private static int positive(String name, String value) {
        int n = nonNegative(name, value);
        if (n == 0) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return n;
    }

    private static int nonNegative(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number >= 0, not '" + value + "'");
        }
    }
}
