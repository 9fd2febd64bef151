package io.ec2emulator.bench;

import java.util.List;
import java.util.Locale;

/** Renders the benchmark's results as Markdown. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * Builds the whole report.
     *
     * @param options       the settings the run used
     * @param facts         the machine the run was on
     * @param startup       startup and idle-memory measurements
     * @param loadedRssMiB  the load server's VmRSS after all scenarios
     * @param warmUp        the warm-up run (only its errors are reported)
     * @param results       the timed scenarios, in order
     */
    public static String render(BenchOptions options, MachineFacts facts, StartupResult startup,
                                double loadedRssMiB, LoadResult warmUp, List<LoadResult> results) {
        StringBuilder md = new StringBuilder();
        md.append("# EC2 emulator benchmark\n\n");
        long errors = warmUp.errors() + results.stream().mapToLong(LoadResult::errors).sum();
        if (errors > 0) {
            md.append("> **WARNING: ").append(errors).append(" REQUEST(S) FAILED. These numbers are not valid;")
                    .append(" see the errors below.**\n\n");
        }
        md.append("- date: ").append(facts.date()).append('\n')
                .append("- machine: nproc ").append(facts.nproc()).append(", ").append(facts.cpuModel())
                .append(", ").append(facts.os()).append('\n')
                .append("- java: ").append(facts.javaVersion()).append('\n')
                .append("- load average before the run: ").append(facts.loadAverage()).append('\n')
                .append("- settings: ").append(options.connections()).append(" keep-alive connections, ")
                .append(options.seconds()).append(" s per scenario after ").append(options.warmupSeconds())
                .append(" s warm-up; load generator and emulator share the machine's CPUs\n")
                .append("- emulator JVM options: ").append(ServerProcess.jvmOptions(options.jar()).isEmpty()
                        ? "none" : String.join(" ", ServerProcess.jvmOptions(options.jar()))).append("\n\n");

        md.append("## Startup\n\n")
                .append(String.format(Locale.ROOT,
                        "- startup (process start to first answered DescribeRegions, %d launches): "
                                + "min %.0f ms / median %.0f ms / max %.0f ms%n",
                        startup.startupMillis().size(), startup.minMillis(), startup.medianMillis(),
                        startup.maxMillis()))
                .append(String.format(Locale.ROOT, "- idle RSS 2 s after the first answer: median %.1f MiB%n",
                        startup.medianIdleRssMiB()))
                .append(String.format(Locale.ROOT, "- RSS after the load runs: %.1f MiB%n%n", loadedRssMiB));

        md.append("## Throughput and latency\n\n")
                .append("| scenario | requests/s | p50 ms | p99 ms | errors |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (LoadResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %s |%n", r.scenario(),
                    r.operationsPerSecond(), r.latency().percentileMillis(50), r.latency().percentileMillis(99),
                    r.errors() == 0 ? "0" : "**" + r.errors() + "**"));
        }
        md.append('\n');
        for (LoadResult r : results) {
            md.append(String.format(Locale.ROOT, "- %s: %d ops in %.1f s, max %.2f ms, %d TCP connection(s) "
                            + "opened for %d concurrent%s%n", r.scenario(), r.operations(), r.elapsedSeconds(),
                    r.latency().maxMillis(), r.connectionsOpened(), r.connections(),
                    r.connectionsReused() ? " (all reused)" : " (**reconnects happened**)"));
        }
        if (errors > 0) {
            md.append("\n## Errors\n\n");
            appendErrors(md, warmUp);
            for (LoadResult r : results) {
                appendErrors(md, r);
            }
        }
        return md.toString();
    }

    private static void appendErrors(StringBuilder md, LoadResult r) {
        if (r.errors() == 0) {
            return;
        }
        md.append("- ").append(r.scenario()).append(": ").append(r.errors()).append(" error(s), first ones:\n");
        for (String sample : r.errorSamples()) {
            md.append("  - `").append(sample.replace('`', '\'')).append("`\n");
        }
    }
}
