package io.ec2emulator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders {@link SshBenchmark}'s results as Markdown. */
public final class SshReport {

    private static final int MAX_LOG_LINES = 10;

    private SshReport() {
    }

    /** Collects the results as they come, then renders them. */
    public static final class Builder {

        private final SshOptions options;
        private final MachineFacts facts;
        private double readyMillis;
        private long gatewayStartMillis;
        private LoginTiming coldPrompt;
        private String prompt = "";
        private LoginTiming firstJump;
        private String negotiatedSshd = "";
        private String negotiatedOpenSsh = "";
        private final List<SshRunResult> warmUps = new ArrayList<>();
        private final List<SshRunResult> runs = new ArrayList<>();
        private List<LoginTiming> warmPrompts = List.of();
        private int leftOpen;
        private final StringBuilder openSsh = new StringBuilder();
        private final List<String> openSshErrors = new ArrayList<>();
        private boolean openSshMissing;
        private double rssMiB;
        private String loadAfter = "";
        private List<String> logProblems = List.of();
        private long logProblemCount;
        private List<String> logSummary = List.of();
        private long liveSessions;
        private long liveChannels;
        private boolean histogram;

        public Builder(SshOptions options, MachineFacts facts) {
            this.options = options;
            this.facts = facts;
        }

        public void ready(double millis, long gatewayMillis) {
            readyMillis = millis;
            gatewayStartMillis = gatewayMillis;
        }

        public void coldPrompt(LoginTiming timing, String promptLine) {
            coldPrompt = timing;
            prompt = promptLine;
        }

        public void firstJump(LoginTiming timing) {
            firstJump = timing;
        }

        public void negotiatedSshd(String text) {
            negotiatedSshd = text;
        }

        public void negotiatedOpenSsh(String text) {
            negotiatedOpenSsh = text;
        }

        public void warmUp(SshRunResult result) {
            warmUps.add(result);
        }

        public void run(SshRunResult result) {
            runs.add(result);
        }

        public void warmPrompts(List<LoginTiming> timings) {
            warmPrompts = timings;
        }

        public void leftOpen(int sessions) {
            leftOpen = sessions;
        }

        public void openSsh(String form, LatencyStats stats, List<String> errors) {
            openSsh.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %s |%n", form, stats.count(),
                    stats.percentileMillis(50), stats.percentileMillis(90), stats.maxMillis(),
                    errors.isEmpty() ? "0" : "**" + errors.size() + "**"));
            errors.stream().limit(5).forEach(e -> openSshErrors.add(form + ": " + e));
        }

        /** Live sshd server sessions and session channels in the emulator's heap after every login ended. */
        public void liveObjects(Map<String, Long> sessions, Map<String, Long> channels) {
            liveSessions = sessions.getOrDefault("org.apache.sshd.server.session.ServerSessionImpl", 0L);
            liveChannels = channels.getOrDefault("org.apache.sshd.server.channel.ChannelSession", 0L);
            histogram = !sessions.isEmpty() || !channels.isEmpty();
        }

        public void openSshMissing() {
            openSshMissing = true;
        }

        /** The emulator's memory, the load average now, and the WARN/ERROR lines of its log. */
        public void finish(double residentMiB, String loadAverage, List<String> log) {
            rssMiB = residentMiB;
            loadAfter = loadAverage;
            List<String> problems = new ArrayList<>();
            long count = 0;
            for (String line : log) {
                if (line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("Exception")) {
                    count++;
                    if (problems.size() < MAX_LOG_LINES) {
                        problems.add(line.length() > 300 ? line.substring(0, 300) + "..." : line);
                    }
                }
            }
            logProblems = problems;
            logProblemCount = count;
            Map<String, Integer> byLogger = new TreeMap<>();
            for (String line : log) {
                String[] fields = line.split(" ", 4);
                if (fields.length >= 3 && fields[0].length() >= 20 && fields[0].charAt(4) == '-') {
                    byLogger.merge(fields[1] + " " + fields[2], 1, Integer::sum);
                }
            }
            logSummary = byLogger.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        }

        private long errors() {
            return warmUps.stream().mapToLong(SshRunResult::errors).sum()
                    + runs.stream().mapToLong(SshRunResult::errors).sum() + openSshErrors.size();
        }

        public String render() {
            StringBuilder md = new StringBuilder("# SSH gateway benchmark\n\n");
            if (errors() > 0) {
                md.append("> **WARNING: ").append(errors()).append(" LOGIN(S) FAILED. See the errors below.**\n\n");
            }
            md.append("- date: ").append(facts.date()).append('\n')
                    .append("- machine: nproc ").append(facts.nproc()).append(", ").append(facts.cpuModel())
                    .append(", ").append(facts.os()).append('\n')
                    .append("- java: ").append(facts.javaVersion()).append('\n')
                    .append("- load average before the run: ").append(facts.loadAverage())
                    .append("; after: ").append(loadAfter).append('\n')
                    .append("- emulator JVM options: ").append(ServerProcess.jvmOptions(options.jar()).isEmpty()
                            ? "none" : String.join(" ", ServerProcess.jvmOptions(options.jar())))
                    .append("; client and emulator share the machine's CPUs; the sshd client sets TCP_NODELAY\n")
                    .append(String.format(Locale.ROOT, "- emulator: first DescribeRegions answered %.0f ms after "
                            + "launch; the gateway logged `started in %d ms`; RSS at the end %.0f MiB%n",
                            readyMillis, gatewayStartMillis, rssMiB))
                    .append("- negotiated with the sshd client: ").append(negotiatedSshd).append('\n');
            if (!negotiatedOpenSsh.isEmpty()) {
                md.append("- negotiated with OpenSSH: ").append(negotiatedOpenSsh).append('\n');
            }
            md.append(String.format(Locale.ROOT, "- settings: %d s per scenario after %d s of warm-up logins, "
                    + "%d warm prompts, %d OpenSSH logins per form%n%n", options.seconds(), options.warmup(),
                    options.prompts(), options.openSshRuns()));

            md.append("## Logins per second (Apache sshd client)\n\n")
                    .append("Each login: TCP connect, key exchange, public-key authentication, `exec true`, close. "
                            + "CPU is per successful login, both processes.\n\n")
                    .append("| form | clients | logins/s | p50 ms | p90 ms | p99 ms | max ms | emulator CPU ms | "
                            + "client CPU ms | errors |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (SshRunResult r : runs) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                        r.name(), r.threads(), r.loginsPerSecond(), r.total().percentileMillis(50),
                        r.total().percentileMillis(90), r.total().percentileMillis(99), r.total().maxMillis(),
                        r.serverCpuPerLogin(), r.clientCpuPerLogin(), r.errors() == 0 ? "0" : "**" + r.errors() + "**"));
            }
            md.append("\nMedian per phase, one client (for the jump host, \"connect\" is the whole hop to the "
                    + "gateway and its `direct-tcpip` channel; the rest is the instance's session inside it):\n\n")
                    .append("| form | connect | kex | auth | exec | close | total |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (SshRunResult r : runs) {
                if (r.threads() == 1) {
                    md.append("| ").append(r.name());
                    for (LatencyStats phase : r.phases()) {
                        md.append(String.format(Locale.ROOT, " | %.1f", phase.percentileMillis(50)));
                    }
                    md.append(String.format(Locale.ROOT, " | %.1f |%n", r.total().percentileMillis(50)));
                }
            }
            md.append(String.format(Locale.ROOT, "%nSessions the client still held 2 s after the last login: %d%n%n",
                    leftOpen));

            md.append("## Time to first prompt (Apache sshd client, direct login, `xterm` PTY)\n\n")
                    .append("From just before the TCP connect to the prompt (`").append(prompt.replace('`', '\''))
                    .append("`) on the channel.\n\n")
                    .append("| | runs | total ms (p50 / p90 / max) | connect | kex | auth | shell to prompt |\n")
                    .append("|---|---:|---|---:|---:|---:|---:|\n")
                    .append(String.format(Locale.ROOT, "| cold: the emulator's first SSH connection, client JVM cold "
                            + "too | 1 | %.0f | %.0f | %s | %s | %.0f |%n", coldPrompt.total() / 1e6,
                            coldPrompt.connect() / 1e6, phase(coldPrompt.kex()), phase(coldPrompt.auth()),
                            coldPrompt.work() / 1e6));
            md.append(warmPromptRow());
            md.append(String.format(Locale.ROOT, "%nThe first jump-host login (right after): %.0f ms (hop %.0f, "
                            + "kex %s, auth %s, exec %.0f).%n%n", firstJump.total() / 1e6, firstJump.connect() / 1e6,
                    phase(firstJump.kex()), phase(firstJump.auth()), firstJump.work() / 1e6));

            md.append("## OpenSSH client (`/usr/bin/ssh`, one process per login, wall time)\n\n");
            if (openSshMissing) {
                md.append("/usr/bin/ssh is not installed: not measured.\n\n");
            } else if (openSsh.isEmpty()) {
                md.append("Not measured (`--openssh 0`).\n\n");
            } else {
                md.append("| command | runs | p50 ms | p90 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|\n")
                        .append(openSsh).append('\n');
            }

            md.append("## Emulator after the run\n\n");
            if (histogram) {
                md.append(String.format(Locale.ROOT, "Live in its heap after a full GC (`jcmd GC.class_histogram`), "
                        + "every login closed: %d `ServerSessionImpl`, %d `ChannelSession`.%n%n", liveSessions,
                        liveChannels));
            }
            md.append("### Log\n\n").append("Lines by level and logger: ")
                    .append(logSummary.isEmpty() ? "none" : String.join(", ", logSummary)).append(".\n\n")
                    .append(logProblemCount).append(" WARN/ERROR/exception line(s)");
            md.append(logProblems.isEmpty() ? ".\n" : ", the first ones:\n\n```\n" + String.join("\n", logProblems)
                    + "\n```\n");
            if (errors() > 0) {
                md.append("\n## Errors\n\n");
                for (SshRunResult r : warmUps) {
                    appendErrors(md, r);
                }
                for (SshRunResult r : runs) {
                    appendErrors(md, r);
                }
                for (String e : openSshErrors) {
                    md.append("- OpenSSH ").append(e.replace('`', '\'')).append('\n');
                }
            }
            return md.toString();
        }

        private String warmPromptRow() {
            LatencyStats.Recorder total = new LatencyStats.Recorder();
            List<LatencyStats.Recorder> phases = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                phases.add(new LatencyStats.Recorder());
            }
            for (LoginTiming t : warmPrompts) {
                total.record(t.total());
                for (int p = 0; p < 4; p++) {
                    if (t.phase(p) >= 0) {
                        phases.get(p).record(t.phase(p));
                    }
                }
            }
            LatencyStats stats = LatencyStats.Recorder.merge(List.of(total));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "| warm (after the login runs), medians per phase | %d | %.1f / %.1f / %.1f", stats.count(),
                    stats.percentileMillis(50), stats.percentileMillis(90), stats.maxMillis()));
            for (LatencyStats.Recorder phase : phases) {
                row.append(String.format(Locale.ROOT, " | %.1f",
                        LatencyStats.Recorder.merge(List.of(phase)).percentileMillis(50)));
            }
            return row.append(" |\n").toString();
        }

        private static String phase(long nanos) {
            return nanos < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", nanos / 1e6);
        }

        private static void appendErrors(StringBuilder md, SshRunResult r) {
            if (r.errors() == 0) {
                return;
            }
            md.append("- ").append(r.name()).append(" x").append(r.threads()).append(": ").append(r.errors())
                    .append(" error(s), first ones:\n");
            for (String sample : r.errorSamples()) {
                md.append("  - `").append(sample.replace('`', '\'')).append("`\n");
            }
        }
    }
}
