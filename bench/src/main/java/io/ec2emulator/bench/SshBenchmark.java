package io.ec2emulator.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * SSH logins per second and time to the first prompt through the emulator's SSH gateway, measured from
 * outside: the jar runs as a child process ({@code --boot-delay 0 --status-check-delay 0 --ssh-port 0}), the
 * Query API creates an ed25519 key pair, a security group open on tcp/22 and an Amazon Linux 2023 instance,
 * then Apache sshd's client logs in (direct login and jump host, sequential and concurrent, and a shell until
 * its prompt), and finally the stock OpenSSH client does, one process per login.
 *
 * <pre>bench/run.sh --ssh [--seconds N] [--warmup N] [--concurrency N] [--prompts N] [--openssh N] [--out FILE]</pre>
 */
public final class SshBenchmark {

    private static final int READY_TIMEOUT_SECONDS = 60;
    /** The key exchange compared with the post-quantum hybrid both clients pick by default. */
    private static final String CLASSIC_KEX = "curve25519-sha256";

    private SshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SshOptions options;
        try {
            options = SshOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("usage: " + e.getMessage());
            System.exit(2);
            return;
        }
        String report = run(options);
        System.out.print(report);
        if (options.out() != null) {
            Files.writeString(options.out(), report, StandardCharsets.UTF_8);
        }
        System.exit(report.contains("WARNING:") ? 1 : 0);
    }

    private static String run(SshOptions options) throws Exception {
        MachineFacts facts = MachineFacts.collect();
        Path dir = Files.createTempDirectory("ec2-emulator-bench-ssh-");
        SshReport.Builder report = new SshReport.Builder(options, facts);
        try (ServerProcess server = ServerProcess.launch(options.jar(),
                List.of("--boot-delay", "0", "--status-check-delay", "0"))) {
            report.ready(server.awaitReady(READY_TIMEOUT_SECONDS) / 1e6, SshFixture.gatewayStartMillis(server));
            SshTarget target = SshFixture.create(server, dir);
            progress("instance %s at %s, gateway port %d", target.instanceId(), target.publicIp(),
                    target.gatewayPort());
            try (SshdLogins sshd = new SshdLogins(target)) {
                StringBuilder prompt = new StringBuilder();
                report.coldPrompt(sshd.firstPrompt(prompt), prompt.toString());
                report.firstJump(sshd.jump());
                report.negotiatedSshd(sshd.negotiated());
                progress("cold prompt and first jump login done; warming up for %d s", options.warmup());
                if (options.warmup() > 0) {
                    Duration half = Duration.ofMillis(options.warmup() * 500L);
                    report.warmUp(LoginRun.run("warm-up direct", server, sshd::direct, 2, half));
                    report.warmUp(LoginRun.run("warm-up jump", server, sshd::jump, 2, half));
                }
                Duration each = Duration.ofSeconds(options.seconds());
                for (int clients : List.of(1, options.concurrency())) {
                    report.run(measure("direct login", server, sshd::direct, clients, each));
                }
                for (int clients : List.of(1, options.concurrency())) {
                    report.run(measure("jump host", server, sshd::jump, clients, each));
                }
                report.warmPrompts(warmPrompts(sshd, options.prompts()));
                report.leftOpen(awaitNoSessions(sshd));
            }
            try (SshdLogins classic = new SshdLogins(target, CLASSIC_KEX)) {
                LoginRun.run("warm-up " + CLASSIC_KEX, server, classic::direct, 1, Duration.ofSeconds(1));
                report.run(measure("direct login, kex " + CLASSIC_KEX + " only", server, classic::direct, 1,
                        Duration.ofSeconds(options.seconds())));
            }
            if (options.openSshRuns() > 0 && OpenSshLogins.available()) {
                OpenSshLogins openSsh = new OpenSshLogins(target, dir);
                report.negotiatedOpenSsh(openSsh.negotiated(openSsh.direct()));
                Map<String, List<String>> forms = new LinkedHashMap<>();
                forms.put("`ssh -p PORT ec2-user+ID@127.0.0.1 true`", openSsh.direct());
                forms.put("`ssh -J jump@127.0.0.1:PORT ec2-user@IP true`", openSsh.jump());
                forms.put("`ssh -o KexAlgorithms=" + CLASSIC_KEX + " -p PORT ec2-user+ID@127.0.0.1 true`",
                        openSsh.direct(CLASSIC_KEX));
                for (Map.Entry<String, List<String>> form : forms.entrySet()) {
                    List<String> errors = new ArrayList<>();
                    LatencyStats stats = openSsh.time(form.getValue(), options.openSshRuns(), errors);
                    progress("OpenSSH %s: median %.0f ms", form.getKey(), stats.percentileMillis(50));
                    report.openSsh(form.getKey(), stats, errors);
                }
                List<String> errors = new ArrayList<>();
                LatencyStats prompts = openSsh.timeToPrompt(options.openSshRuns(), errors);
                progress("OpenSSH prompt: median %.0f ms", prompts.percentileMillis(50));
                report.openSsh("`ssh -tt -p PORT ec2-user+ID@127.0.0.1` until the prompt", prompts, errors);
            } else if (options.openSshRuns() > 0) {
                report.openSshMissing();
            }
            report.liveObjects(server.liveInstances("org.apache.sshd.server.session.ServerSessionImpl"),
                    server.liveInstances("org.apache.sshd.server.channel.ChannelSession"));
            report.finish(server.residentMiB(), MachineFacts.collect().loadAverage(), server.logLines());
        } finally {
            deleteTree(dir);
        }
        return report.render();
    }

    private static SshRunResult measure(String name, ServerProcess server, LoginRun.Login login, int clients,
                                        Duration duration) throws Exception {
        SshRunResult result = LoginRun.run(name, server, login, clients, duration);
        progress("%s x%d: %.1f logins/s, p50 %.1f ms, %d errors", name, clients, result.loginsPerSecond(),
                result.total().percentileMillis(50), result.errors());
        return result;
    }

    private static List<LoginTiming> warmPrompts(SshdLogins sshd, int runs) throws Exception {
        List<LoginTiming> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            timings.add(sshd.firstPrompt(null));
        }
        return timings;
    }

    /** Waits up to 2 s for the client to hold no session; returns how many remain. */
    private static int awaitNoSessions(SshdLogins sshd) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (sshd.activeSessions() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return sshd.activeSessions();
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void progress(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
