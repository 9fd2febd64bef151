package io.ec2emulator.bench;

import java.nio.file.Path;

/**
 * Settings of {@link SshBenchmark}.
 *
 * @param jar          the emulator jar
 * @param seconds      length of each timed login scenario
 * @param warmup       seconds of untimed logins first
 * @param concurrency  concurrent clients of the parallel scenarios
 * @param prompts      warm time-to-prompt measurements
 * @param openSshRuns  logins per form with /usr/bin/ssh
 * @param out          where the report is also written, or null
 */
public record SshOptions(Path jar, int seconds, int warmup, int concurrency, int prompts, int openSshRuns,
                         Path out) {

    /** Parses {@code --jar PATH --seconds N --warmup N --concurrency N --prompts N --openssh N --out FILE}. */
    public static SshOptions parse(String[] args) {
        Path jar = null;
        int seconds = 6;
        int warmup = 4;
        int concurrency = 4;
        int prompts = 20;
        int openSsh = 20;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--jar" -> jar = Path.of(value);
                case "--seconds" -> seconds = positive(args[i - 1], value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--concurrency" -> concurrency = positive(args[i - 1], value);
                case "--prompts" -> prompts = positive(args[i - 1], value);
                case "--openssh" -> openSsh = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i - 1]
                        + " (options: --seconds N, --warmup N, --concurrency N, --prompts N, --openssh N,"
                        + " --out FILE, --jar PATH)");
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--jar PATH is required (bench/run.sh --ssh sets it)");
        }
        return new SshOptions(jar, seconds, warmup, concurrency, prompts, openSsh, out);
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }
}
