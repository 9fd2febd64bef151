package io.ec2emulator.bench;

import java.nio.file.Path;

/**
 * The benchmark's settings from the command line.
 *
 * @param seconds        length of each timed scenario
 * @param connections    concurrent keep-alive connections per scenario
 * @param warmupSeconds  length of the warm-up load before the scenarios
 * @param startupRuns    how many times the jar is launched to measure startup
 * @param jar            the runnable emulator jar
 * @param out            where to write the Markdown report as well, or {@code null}
 */
public record BenchOptions(int seconds, int connections, int warmupSeconds, int startupRuns, Path jar, Path out) {

    /** The usage text printed for {@code --help} and after a bad option. */
    public static final String USAGE = String.join("\n",
            "usage: Benchmark --jar PATH [options]",
            "  --jar PATH          the emulator jar (run.sh passes emulator-server/target/ec2-emulator.jar)",
            "  --seconds N         length of each timed scenario (default 10)",
            "  --connections N     concurrent keep-alive connections (default 8)",
            "  --warmup N          seconds of warm-up load before the scenarios (default 3)",
            "  --startup-runs N    launches for the startup measurement (default 5)",
            "  --out FILE          also write the Markdown report to FILE",
            "  --help              show this text");

    /** Parses {@code --name value} and {@code --name=value} options; throws {@link IllegalArgumentException}. */
    public static BenchOptions parse(String[] args) {
        int seconds = 10;
        int connections = 8;
        int warmup = 3;
        int startupRuns = 5;
        Path jar = null;
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
                case "--seconds" -> seconds = positive(name, value);
                case "--connections" -> connections = positive(name, value);
                case "--warmup" -> warmup = nonNegative(name, value);
                case "--startup-runs" -> startupRuns = positive(name, value);
                case "--jar" -> jar = Path.of(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--jar is required");
        }
        return new BenchOptions(seconds, connections, warmup, startupRuns, jar, out);
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
